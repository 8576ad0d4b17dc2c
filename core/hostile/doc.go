// Package hostile holds hostile page content as data: one table of
// payloads (markup and script tags, event-handler attributes, javascript:
// and data: URLs, CSS and SVG tricks, direction overrides, zero-width
// characters, very long text) that an invitation's name, headline, note or
// profile link may carry, and a generated LinkedIn invitation page that
// puts each of them in every field of one card. Native tests read the
// page with the adapters and check what Vetted would show and link; the
// end-to-end tests open the same page in a browser (go run
// ./scripts/hostile). Nothing in it is meant to run.
package hostile
