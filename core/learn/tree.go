package learn

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/vetted/vetted/core/jsontree"
)

// Version is the version of the state's JSON form.
const Version = 1

// Tree encodes the model as a generic JSON tree (map[string]any, []any,
// string, float64), the form chrome.storage.local and the export file
// hold:
//
//	{"version": 1, "seq": 17, "accept": 6, "ignore": 11,
//	 "accepted": 6, "ignored": 11, "corrected": 0,
//	 "features": [{"id": "f3a9c01", "part": "note", "label": "quick call",
//	   "accept": 0, "ignore": 6, "accepted": 0, "ignored": 6, "corrected": 0,
//	   "types": {"recruiter": 2}, "last": 17}, …],
//	 "reported": [{"id": "n…", "name": "Jane Roe", "action": "report", "last": 9}, …],
//	 "epoch": "e…", "recent": ["d…", …], "forgot": [{"id": "f…", "at": MS}, …]}
//
// epoch, recent and forgot (Renew, RecordID, ForgetAt) are there once set.
// The state, a feature, a reported entry or a forgotten item read from
// an object with members this version does not read (FromTree) is written
// into a copy of that object, so they stay as they were (jsontree.Over);
// Tree sets every
// member it knows, and those it leaves out when empty (epoch, recent,
// forgot, types) never go once there (Reset makes a new model).
//
// Features are in hash order, so the same model gives the same tree.
func (m *Model) Tree() map[string]any {
	if m == nil {
		m = New()
	}
	feats := make([]any, 0, len(m.feats))
	for _, f := range m.sorted() {
		o := jsontree.Over(f.src)
		o["id"], o["part"], o["label"] = f.ID(), partName(f.Part), f.Label
		o["accept"], o["ignore"] = f.Accept, f.Ignore
		o["accepted"], o["ignored"] = float64(f.Accepted), float64(f.Ignored)
		o["corrected"], o["last"] = float64(f.Corrected), float64(f.Last)
		var types map[string]any
		for t := Type(1); t < numTypes; t++ {
			if c := f.Types[t]; c > 0 {
				if types == nil {
					types = map[string]any{}
				}
				types[t.String()] = float64(c)
			}
		}
		if types != nil {
			o["types"] = types
		}
		feats = append(feats, o)
	}
	rep := make([]any, len(m.reported))
	for i, r := range m.reported {
		o := jsontree.Over(r.src)
		o["id"], o["name"], o["action"], o["last"] = r.ID(), r.Name, r.Action, float64(r.Last)
		rep[i] = o
	}
	out := jsontree.Over(m.src)
	out["version"], out["seq"] = float64(Version), float64(m.seq)
	out["accept"], out["ignore"] = m.accept, m.ignore
	out["accepted"], out["ignored"], out["corrected"] = float64(m.accepted), float64(m.ignored), float64(m.corrected)
	out["features"], out["reported"] = feats, rep
	if m.epoch != "" {
		out["epoch"] = m.epoch
	}
	if len(m.forgot) > 0 {
		fs := make([]any, len(m.forgot))
		for i, f := range m.forgot {
			o := jsontree.Over(f.src)
			o["id"], o["at"] = f.id, float64(f.at)
			fs[i] = o
		}
		out["forgot"] = fs
	}
	if len(m.recent) > 0 {
		ids := make([]any, len(m.recent))
		for i, id := range m.recent {
			ids[i] = id
		}
		out["recent"] = ids
	}
	return out
}

// partName is a part's name in the state.
func partName(p Part) string {
	switch p {
	case PartNote:
		return "note"
	case PartHeadline:
		return "headline"
	}
	return "fact"
}

// parsePart is partName's inverse.
func parsePart(s string) (Part, bool) {
	switch s {
	case "note":
		return PartNote, true
	case "headline":
		return PartHeadline, true
	case "fact":
		return PartFact, true
	}
	return 0, false
}

// FromTree decodes a model from a generic JSON tree as Tree writes it.
// Anything that does not validate (a missing or unknown version, a field
// of the wrong type, a negative, fractional or huge count, an unknown
// part, type or action, a malformed or repeated ID, a label too long, more
// features or reported entries than the bounds) refuses the whole state
// with an error that says where; the caller keeps the model it had. A nil
// tree is an empty model.
func FromTree(v any) (*Model, error) {
	if v == nil {
		return New(), nil
	}
	o, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("learnt state: not an object")
	}
	d := decoder{path: "learnt state"}
	if ver := d.count(o, "version"); d.err == nil && ver != Version {
		return nil, errors.New("learnt state: version: must be " + strconv.Itoa(Version) + " (got " + strconv.Itoa(ver) + ")")
	}
	m := New()
	m.seq = d.count(o, "seq")
	m.accept = d.weight(o, "accept")
	m.ignore = d.weight(o, "ignore")
	m.accepted = d.count(o, "accepted")
	m.ignored = d.count(o, "ignored")
	m.corrected = d.count(o, "corrected")
	feats := d.list(o, "features", MaxFeatures)
	for i, item := range feats {
		if d.err != nil {
			break
		}
		fd := decoder{path: "learnt state: features[" + strconv.Itoa(i) + "]"}
		f := fd.feature(item, m.seq)
		if fd.err == nil && m.feats[f.Hash] != nil {
			fd.fail("id", "repeated")
		}
		if fd.err != nil {
			return nil, fd.err
		}
		m.add(f)
	}
	rep := d.list(o, "reported", MaxReported)
	for i, item := range rep {
		if d.err != nil {
			break
		}
		rd := decoder{path: "learnt state: reported[" + strconv.Itoa(i) + "]"}
		r := rd.reported(item, m.seq)
		for _, x := range m.reported {
			if rd.err == nil && x.Note == r.Note && x.Hash == r.Hash {
				rd.fail("id", "repeated")
			}
		}
		if rd.err != nil {
			return nil, rd.err
		}
		m.reported = append(m.reported, r)
	}
	if _, ok := o["epoch"]; ok {
		m.epoch = d.str(o, "epoch", maxID)
	}
	for i, item := range d.list(o, "recent", MaxRecent) {
		id, ok := item.(string)
		if d.err == nil && (!ok || id == "" || len(id) > maxID) {
			d.fail("recent["+strconv.Itoa(i)+"]", "must be a decision ID (a string of 1 to 32 bytes)")
		}
		m.recent = append(m.recent, id)
	}
	for i, item := range d.list(o, "forgot", MaxForgot) {
		fd := decoder{path: "learnt state: forgot[" + strconv.Itoa(i) + "]"}
		f, ok := item.(map[string]any)
		if !ok {
			fd.fail("", "not an object")
		} else {
			id := fd.str(f, "id", maxID)
			if fd.err == nil && id == "" {
				fd.fail("id", "missing")
			}
			at, ok := f["at"].(float64)
			if !ok || at < 0 || at > 1<<53 || at != math.Trunc(at) {
				fd.fail("at", "must be a time in milliseconds")
			}
			fd.n++ // at
			m.forgot = append(m.forgot, forgotten{id, int64(at), fd.rest(f)})
		}
		if fd.err != nil && d.err == nil {
			d.err = fd.err
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	m.src = d.rest(o)
	m.refilterReported()
	return m, nil
}

// maxID is the longest epoch or decision ID a state may hold, in bytes.
const maxID = 32

// decoder reads fields of one object and keeps the first error; n
// counts the members read, so that an object with more (a newer
// version's) is kept for Tree.
type decoder struct {
	path string
	err  error
	n    int
}

// rest is o when it has members the decoder did not read, else nil.
func (d *decoder) rest(o map[string]any) map[string]any {
	if len(o) > d.n {
		return o
	}
	return nil
}

// fail records an error on a field.
//
// Not inlined: its copies at 25 calls cost core.wasm 11.7 KB.
//
//go:noinline
func (d *decoder) fail(field, msg string) {
	if d.err == nil {
		d.err = errors.New(d.path + ": " + field + ": " + msg)
	}
}

// number reads a required finite number from 0 to maxCount.
func (d *decoder) number(o map[string]any, k string) float64 {
	switch x := o[k].(type) {
	case nil:
		d.fail(k, "missing")
	case float64:
		if math.IsNaN(x) || x < 0 || x > maxCount {
			d.fail(k, "must be a number from 0 to 1e9")
			return 0
		}
		d.n++
		return x
	default:
		d.fail(k, "not a number")
	}
	return 0
}

// count reads a required whole number from 0 to maxCount.
func (d *decoder) count(o map[string]any, k string) int {
	x := d.number(o, k)
	if x != math.Trunc(x) {
		d.fail(k, "not a whole number")
		return 0
	}
	return int(x)
}

// weight reads a required weight.
func (d *decoder) weight(o map[string]any, k string) float64 { return d.number(o, k) }

// str reads a required string of at most max characters.
func (d *decoder) str(o map[string]any, k string, max int) string {
	s, ok := o[k].(string)
	switch {
	case o[k] == nil:
		d.fail(k, "missing")
	case !ok:
		d.fail(k, "not a string")
	case !utf8.ValidString(s) || utf8.RuneCountInString(s) > max:
		d.fail(k, "longer than "+strconv.Itoa(max)+" characters")
	default:
		d.n++
		return s
	}
	return ""
}

// list reads an optional list of at most max items.
func (d *decoder) list(o map[string]any, k string, max int) []any {
	switch x := o[k].(type) {
	case nil:
	case []any:
		if len(x) > max {
			d.fail(k, "more than "+strconv.Itoa(max)+" entries")
			return nil
		}
		d.n++
		return x
	default:
		d.fail(k, "not a list")
	}
	return nil
}

// parseHex reads a hash of digits hex digits after a one-letter prefix.
func parseHex(id string, prefix byte, digits int) (uint64, bool) {
	if len(id) != digits+1 || id[0] != prefix {
		return 0, false
	}
	var v uint64
	for i := 1; i < len(id); i++ {
		c := id[i]
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | uint64(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | uint64(c-'a'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

// feature decodes one feature; seq is the state's decision count.
func (d *decoder) feature(v any, seq int) *Feature {
	o, ok := v.(map[string]any)
	if !ok {
		d.fail("feature", "not an object")
		return nil
	}
	f := &Feature{}
	h, ok := parseHex(d.str(o, "id", 16), 'f', 6)
	if d.err == nil && !ok {
		d.fail("id", "must be f and 6 hex digits")
	}
	f.Hash = uint32(h)
	p, ok := parsePart(d.str(o, "part", 16))
	if d.err == nil && !ok {
		d.fail("part", "must be note, headline or fact")
	}
	f.Part = p
	f.Label = d.str(o, "label", MaxLabel+len("headline: "))
	f.Accept, f.Ignore = d.weight(o, "accept"), d.weight(o, "ignore")
	f.Accepted, f.Ignored, f.Corrected = d.count(o, "accepted"), d.count(o, "ignored"), d.count(o, "corrected")
	f.Last = d.count(o, "last")
	if d.err == nil && f.Last > seq {
		d.fail("last", "after the state's last decision")
	}
	switch ts := o["types"].(type) {
	case nil:
	case map[string]any:
		n := d.n
		for k := range ts {
			t, ok := ParseType(k)
			if !ok {
				d.fail("types", "unknown type "+quoteName(k))
				break
			}
			f.Types[t] = d.count(ts, k)
		}
		d.n = n + 1
	default:
		d.fail("types", "not an object")
	}
	f.src = d.rest(o)
	return f
}

// reported decodes one reported entry.
func (d *decoder) reported(v any, seq int) Reported {
	o, ok := v.(map[string]any)
	if !ok {
		d.fail("entry", "not an object")
		return Reported{}
	}
	var r Reported
	id := d.str(o, "id", 17)
	h, ok := parseHex(id, 'n', 16)
	if ok {
		r.Note = true
	} else {
		h, ok = parseHex(id, 's', 16)
	}
	if d.err == nil && !ok {
		d.fail("id", "must be n or s and 16 hex digits")
	}
	r.Hash = h
	r.Name = d.str(o, "name", MaxLabel)
	r.Action = d.str(o, "action", 16)
	if d.err == nil && r.Action != ActionReport && r.Action != ActionBlock {
		d.fail("action", "must be report or block")
	}
	r.Last = d.count(o, "last")
	if d.err == nil && r.Last > seq {
		d.fail("last", "after the state's last decision")
	}
	r.src = d.rest(o)
	return r
}
