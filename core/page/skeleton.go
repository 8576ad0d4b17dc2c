package page

import (
	"strings"
	"unicode"
)

// Outliner is a Node that can list what it holds, as Skeleton needs:
// htmlnode's Nodes, and the live page in the in-page core.
type Outliner interface {
	Node
	// Attrs returns the element's attributes in document order.
	Attrs() []Attr
	// Children returns the element's child elements and texts in order
	// (comments and Vetted's own badges left out).
	Children() []Child
}

// Attr is one attribute of an element.
type Attr struct {
	_           [0]func() // not comparable: no generated equality function (core.wasm's size)
	Name, Value string
}

// Child is one child of an element: an element (El) or a text (El nil).
type Child struct {
	_    [0]func() // not comparable: no generated equality function (core.wasm's size)
	El   Node
	Text string
}

// Limits on one skeleton, so that a huge unread element (a whole list)
// makes a bug report, not a page of megabytes.
const (
	skeletonDepth = 64
	skeletonBytes = 16 << 10
)

// MaxSkeletons is how many skeletons Unread.Skeletons gives: enough to
// show what went wrong, however many cards were missed.
const MaxSkeletons = 10

// Skeleton returns an element's markup with nothing of the people in it:
// every text, label and description replaced by a placeholder of the same
// shape ("Jane Doe" → "Xxxx Xxx", digits → 0), every URL cut to its path
// shape ("/in/…/"), ids and keys with their digits zeroed; tags, roles,
// classes and the other attributes as they are. It is what a user may copy
// into a bug report when a card could not be read. Deep or long markup is
// cut with "…". "" for a Node that is not an Outliner.
func Skeleton(n Node) string {
	o, ok := n.(Outliner)
	if !ok || o == nil {
		return ""
	}
	var b strings.Builder
	writeSkeleton(&b, o, 0)
	return b.String()
}

// voidTags are the elements HTML writes without an end tag.
var voidTags = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

func writeSkeleton(b *strings.Builder, o Outliner, depth int) {
	tag := o.Tag()
	b.WriteString("<" + tag)
	for _, a := range o.Attrs() {
		name := strings.ToLower(a.Name)
		b.WriteString(" " + escapeMarkup(name) + `="` + escapeMarkup(anonymous(name, a.Value)) + `"`)
	}
	b.WriteString(">")
	if voidTags[tag] {
		return
	}
	for _, c := range o.Children() {
		if b.Len() > skeletonBytes {
			b.WriteString("…")
			break
		}
		if c.El == nil {
			b.WriteString(escapeMarkup(placeholder(c.Text)))
			continue
		}
		co, ok := c.El.(Outliner)
		if !ok || depth >= skeletonDepth {
			b.WriteString("…")
			continue
		}
		writeSkeleton(b, co, depth+1)
	}
	b.WriteString("</" + tag + ">")
}

// escapeMarkup escapes text for an attribute value or element content, as
// golang.org/x/net/html writes it (by hand: strings.NewReplacer links a
// generic replacer into core.wasm).
func escapeMarkup(s string) string {
	if !strings.ContainsAny(s, "&'<>\"\r") {
		return s
	}
	b := make([]byte, 0, len(s)+16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b = append(b, "&amp;"...)
		case '\'':
			b = append(b, "&#39;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '"':
			b = append(b, "&#34;"...)
		case '\r':
			b = append(b, "&#13;"...)
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// anonymous makes an attribute's value say nothing of the people on the
// page: URLs keep their path shape, texts become placeholders, numbers in
// ids and keys become zeros.
func anonymous(key, val string) string {
	switch key {
	case "href", "src", "srcset", "action", "xlink:href", "data-delayed-url", "poster":
		return pathShape(val)
	case "aria-label", "alt", "title", "value", "placeholder", "aria-description", "content", "label":
		return placeholder(val)
	case "class", "role", "type", "dir", "lang", "hidden", "aria-hidden", "style", "tabindex", "data-testid", "data-view-name":
		return val
	}
	return zeroDigits(val)
}

// placeholder keeps a text's shape: upper-case letters become X, others
// x, digits 0; spaces and punctuation stay.
func placeholder(s string) string {
	return strings.Map(placeholderRune, s)
}

// placeholderRune is placeholder's mapping of one rune. placeholder and
// zeroDigits map with named functions: a function literal would be copied
// with each inlined call (core.wasm's size).
func placeholderRune(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return '0'
	}
	return r
}

func zeroDigits(s string) string {
	return strings.Map(zeroDigit, s)
}

// zeroDigit is zeroDigits' mapping of one rune.
func zeroDigit(r rune) rune {
	if unicode.IsDigit(r) {
		return '0'
	}
	return r
}

// pathShape cuts a URL to its path shape: no scheme, host or query, the
// first path segment kept (it says what the link is: "in", "company",
// "friends") and the others replaced by "…".
func pathShape(raw string) string {
	u, ok := URLPath(raw)
	if !ok {
		return "…"
	}
	segs := strings.Split(strings.Trim(u, "/"), "/")
	for i := 1; i < len(segs); i++ {
		segs[i] = "…"
	}
	out := "/" + strings.Join(segs, "/")
	if strings.HasSuffix(u, "/") && out != "/" {
		out += "/"
	}
	return out
}

// Skeletons returns the skeletons of what could not be read (Skeleton),
// at most MaxSkeletons of them, the controls first.
func (u Unread) Skeletons() []string {
	var out []string
	for _, n := range append(append([]Node{}, u.Controls...), u.Nameless...) {
		if len(out) == MaxSkeletons {
			break
		}
		if s := Skeleton(n); s != "" {
			out = append(out, s)
		}
	}
	return out
}
