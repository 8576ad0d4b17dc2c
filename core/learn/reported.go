package learn

import "slices"

// Reported is a sender or a note the user reported or blocked: the rule
// flag.LikeReported flags another invitation from the same person or
// with the same note.
type Reported struct {
	Note   bool   // a note (else a sender)
	Hash   uint64 // FNV-1a of the sender key or of the folded note
	Name   string // who was reported, as the card showed the name (cut to MaxLabel)
	Action string // report or block
	Last   int    // the decision that reported it (Model.Seq)
	// src is the stored object when it has members this version does not
	// read (a newer version's): Tree writes them back.
	src map[string]any
}

// ID names the entry for Forget: "n" for a note or "s" for a sender, and
// its hash in hex.
func (r *Reported) ID() string {
	if r.Note {
		return "n" + hex(r.Hash, 16)
	}
	return "s" + hex(r.Hash, 16)
}

// minReportedNote is the shortest folded note remembered when reported:
// shorter notes ("Hi!") say nothing about a campaign.
const minReportedNote = 24

// hash64 is 64-bit FNV-1a of s.
func hash64(s string) uint64 {
	return hashMore(14695981039346656037, s)
}

// hashMore goes on hashing with s after h: hash64(a+b) is
// hashMore(hash64(a), b).
func hashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// report remembers the sender and the note of a reported or blocked card.
func (m *Model) report(s *Sample, action string) {
	name := cut(s.Name)
	if s.Sender != "" {
		m.remember(Reported{Hash: hash64(s.Sender), Name: name, Action: action, Last: m.seq})
	}
	if len(s.Note) >= minReportedNote {
		m.remember(Reported{Note: true, Hash: hash64(s.Note), Name: name, Action: action, Last: m.seq})
	}
}

// remember adds or refreshes an entry, keeping at most MaxReported.
func (m *Model) remember(r Reported) {
	for i := range m.reported {
		if x := &m.reported[i]; x.Note == r.Note && x.Hash == r.Hash {
			r.src = x.src // reported again: the same entry
			m.reported = slices.Delete(m.reported, i, i+1)
			break
		}
	}
	m.reported = append(m.reported, r)
	if over := len(m.reported) - MaxReported; over > 0 {
		m.reported = slices.Delete(m.reported, 0, over)
	}
	m.refilterReported()
}

// ReportedList returns a copy of the reported senders and notes, oldest
// first.
func (m *Model) ReportedList() []Reported {
	if m == nil {
		return nil
	}
	return slices.Clone(m.reported)
}

// ReportedSender returns the entry for a sender key the user reported or
// blocked.
func (m *Model) ReportedSender(sender string) (Reported, bool) {
	return m.find(false, sender)
}

// ReportedSenderOf is ReportedSender(prefix + rest), without making
// the key.
func (m *Model) ReportedSenderOf(prefix, rest string) (Reported, bool) {
	if prefix == "" && rest == "" {
		return Reported{}, false
	}
	return m.findHash(false, hashMore(hash64(prefix), rest))
}

// ReportedNote returns the entry for a folded note the user reported or
// blocked (from another sender or the same).
func (m *Model) ReportedNote(folded string) (Reported, bool) {
	if len(folded) < minReportedNote {
		return Reported{}, false
	}
	return m.find(true, folded)
}

// find looks a sender or a note up.
func (m *Model) find(note bool, s string) (Reported, bool) {
	if s == "" {
		return Reported{}, false
	}
	return m.findHash(note, hash64(s))
}

// findHash looks a sender or a note up by its hash64.
func (m *Model) findHash(note bool, h uint64) (Reported, bool) {
	if m == nil || len(m.reported) == 0 {
		return Reported{}, false
	}
	if b := h % reportedFilterBits; m.rfilter[b/64]&(1<<(b%64)) == 0 {
		return Reported{}, false
	}
	for i := len(m.reported) - 1; i >= 0; i-- {
		if r := &m.reported[i]; r.Note == note && r.Hash == h {
			return *r, true
		}
	}
	return Reported{}, false
}

// refilterReported rebuilds rfilter from the reported entries.
func (m *Model) refilterReported() {
	m.rfilter = [reportedFilterBits / 64]uint64{}
	for i := range m.reported {
		b := m.reported[i].Hash % reportedFilterBits
		m.rfilter[b/64] |= 1 << (b % 64)
	}
}
