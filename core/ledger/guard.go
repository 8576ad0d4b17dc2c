package ledger

// Guard watches the entries a writer saved lately for being written over
// by another writer that read the log before them (see Log.Lost). A write
// that read the log before ours lands within seconds, so entries are
// watched for MaxAge milliseconds, at most Max of them.
type Guard struct {
	MaxAge int64 // ms
	Max    int
	recent []Entry
}

// Saving adds entries about to be written to the ones watched, and forgets
// those saved more than MaxAge before now (Unix ms).
func (g *Guard) Saving(batch []Entry, now int64) {
	keep := g.recent[:0]
	for _, e := range g.recent {
		if e.At >= now-g.MaxAge {
			keep = append(keep, e)
		}
	}
	keep = append(keep, batch...)
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
	lost := stored.Lost(g.recent)
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
