package page

import (
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/text"
)

// The separators of a snapshot's fields, and the value of an absent
// attribute. A snapshot taker replaces these characters in page text and
// attribute values with U+FFFD.
const (
	snapSep    = "\x00"
	snapAbsent = "\x01"
)

// sanitize makes page text safe to put in a snapshot.
func sanitize(s string) string {
	if strings.ContainsAny(s, snapSep+snapAbsent) {
		b := make([]byte, 0, len(s)+8)
		for i := 0; i < len(s); i++ {
			if c := s[i]; c == snapSep[0] || c == snapAbsent[0] {
				b = append(b, "\uFFFD"...)
			} else {
				b = append(b, c)
			}
		}
		return string(b)
	}
	return s
}

// TakeSnapshot takes a snapshot of a card with a plan's queries, by
// asking the Node: what the browser's snapshot taker (extension/loader.js,
// vettedSnapshot) does in one call, and a description of the format. The
// fields, in the order of the queries, are separated by NUL: for each query
// the number of elements it matches, then for each element its tag (when
// Tag), its text (when Text), each attribute (U+0001 when absent), then
// "1" or "0" for each Closest and for each Has selector. NUL and U+0001 in
// the page become U+FFFD.
func TakeSnapshot(card Node, qs []PlanQuery) string {
	var out []string
	for _, q := range qs {
		var els []Node
		if q.Sel == "" {
			els = []Node{card}
		} else {
			els = card.QueryAll(q.Sel)
		}
		out = append(out, strconv.Itoa(len(els)))
		for _, el := range els {
			if q.Tag {
				out = append(out, el.Tag())
			}
			if q.Text {
				out = append(out, sanitize(el.Text()))
			}
			for _, a := range q.Attrs {
				v, ok := el.Attr(a)
				if !ok {
					v = snapAbsent
				} else {
					v = sanitize(v)
				}
				out = append(out, v)
			}
			for _, s := range q.Closest {
				out = append(out, bit(el.Closest(s) != nil))
			}
			for _, s := range q.Has {
				out = append(out, bit(el.QueryOne(s) != nil))
			}
		}
	}
	return strings.Join(out, snapSep)
}

func bit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// Snapshot returns a Node for a card that answers from data, a snapshot
// taken with qs (the plan's Queries when it was taken), and asks live for
// anything else, which the plan learns. Data that does not fit qs is
// ignored (ok is false): every answer then comes from live.
func (p *Plan) Snapshot(live Node, qs []PlanQuery, data string) (n Node, ok bool) {
	s := &snapshot{plan: p, live: live}
	var els [][]*snapElement
	if els, ok = decodeSnapshot(s, qs, data); ok {
		s.els, s.qs = els, qs
	}
	return s, ok
}

// decodeSnapshot splits a snapshot into each query's elements.
func decodeSnapshot(s *snapshot, qs []PlanQuery, data string) ([][]*snapElement, bool) {
	if len(qs) == 0 {
		return nil, data == ""
	}
	fields := strings.Split(data, snapSep)
	next := func() (string, bool) {
		if len(fields) == 0 {
			return "", false
		}
		f := fields[0]
		fields = fields[1:]
		return f, true
	}
	els := make([][]*snapElement, len(qs))
	for qi := range qs {
		q := &qs[qi]
		f, ok := next()
		n, isNum := text.Digits(f, len(data))
		per := len(q.Attrs) + len(q.Closest) + len(q.Has)
		if q.Tag {
			per++
		}
		if q.Text {
			per++
		}
		if !ok || !isNum || (per > 0 && n > len(fields)/per) {
			return nil, false
		}
		list := make([]*snapElement, n)
		for i := range list {
			e := &snapElement{s: s, q: q, qi: qi, i: i}
			if q.Tag {
				if e.tag, ok = next(); !ok {
					return nil, false
				}
			}
			if q.Text {
				if e.text, ok = next(); !ok {
					return nil, false
				}
			}
			if len(q.Attrs) > 0 {
				e.attrs = make([]string, len(q.Attrs))
				for j := range e.attrs {
					if e.attrs[j], ok = next(); !ok {
						return nil, false
					}
				}
			}
			if k := len(q.Closest) + len(q.Has); k > 0 {
				e.bits = make([]bool, k)
				for j := range e.bits {
					b, ok := next()
					if !ok || (b != "0" && b != "1") {
						return nil, false
					}
					e.bits[j] = b == "1"
				}
			}
			list[i] = e
		}
		els[qi] = list
	}
	if len(fields) != 0 {
		return nil, false
	}
	return els, true
}
