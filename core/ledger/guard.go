package ledger

// Guard watches the entries a writer saved lately for being written over
// by another writer that read the log before them (see Log.Lost). A write
// that read the log before ours lands within seconds, so entries are
// watched for MaxAge milliseconds from their last save, at most Max of
// them. An entry saved again (a failed write retried) is watched once.
type Guard struct {
	MaxAge int64 // ms
	Max    int
	recent []watched // oldest save first
}

// watched is an entry saved at savedAt (Unix ms), with its Identity.
type watched struct {
	e       Entry
	id      string
	savedAt int64
}

// Saving adds entries about to be written to the ones watched (an entry
// watched already is watched from now), and forgets those saved more than
// MaxAge before now (Unix ms).
func (g *Guard) Saving(batch []Entry, now int64) {
	fresh := make(map[string]bool, len(batch))
	add := make([]watched, 0, len(batch))
	for _, e := range batch {
		if id := e.Identity(); !fresh[id] {
			fresh[id] = true
			add = append(add, watched{e, id, now})
		}
	}
	keep := g.recent[:0]
	for _, w := range g.recent {
		if w.savedAt >= now-g.MaxAge && !fresh[w.id] {
			keep = append(keep, w)
		}
	}
	keep = append(keep, add...)
	if over := len(keep) - g.Max; over > 0 {
		keep = keep[over:]
	}
	g.recent = keep
}

// Cleared forgets every watched entry: the user cleared the log, which is
// not to be undone.
func (g *Guard) Cleared() { g.recent = nil }

// Lost returns the watched entries that the stored log lacks (Log.Lost)
// and that pending does not hold already: the entries to save again.
func (g *Guard) Lost(stored *Log, pending []Entry) []Entry {
	if len(g.recent) == 0 {
		return nil
	}
	recent := make([]Entry, len(g.recent))
	for i := range g.recent {
		recent[i] = g.recent[i].e
	}
	lost := stored.Lost(recent)
	if len(lost) == 0 {
		return nil
	}
	queued := make(map[string]bool, len(pending))
	for i := range pending {
		queued[pending[i].Identity()] = true
	}
	out := lost[:0]
	for _, e := range lost {
		if !queued[e.Identity()] {
			out = append(out, e)
		}
	}
	return out
}
