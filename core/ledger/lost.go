package ledger

// Lost returns the entries of recent, entries a writer saved a moment ago,
// that the log no longer holds, leaving out those its limit rotated out
// (the log is full and they are no newer than its oldest entry). An entry
// is lost when another writer, which read the log before the entry was
// saved, wrote its own version over it: chrome.storage has no
// transactions, and two tabs, or a tab and the decision-log page, can each
// read, add and write the log at the same time. The writer saves the lost
// entries again (AddNew keeps that idempotent), so nothing is dropped.
func (l *Log) Lost(recent []Entry) []Entry {
	if len(recent) == 0 {
		return nil
	}
	held := make(map[string]bool, len(l.Entries))
	for i := range l.Entries {
		held[l.Entries[i].Identity()] = true
	}
	full := len(l.Entries) >= l.limit()
	var oldest int64
	if len(l.Entries) > 0 {
		oldest = l.Entries[0].At
	}
	var lost []Entry
	for _, e := range recent {
		if held[e.Identity()] || full && e.At <= oldest {
			continue
		}
		lost = append(lost, e)
	}
	return lost
}

// AddNew adds the entries the log does not hold yet (see Identity), each in
// its place by time (after the entries of the same time), rotates the
// oldest out beyond the limit, and returns how many it added. Saving an
// entry again after it was lost (Lost) never doubles it. Entries being
// saved are nearly always the newest, so each usually goes at the end.
func (l *Log) AddNew(es []Entry) (added int) {
	held := make(map[string]bool, len(l.Entries))
	for i := range l.Entries {
		held[l.Entries[i].Identity()] = true
	}
	for _, e := range es {
		if id := e.Identity(); !held[id] {
			held[id] = true
			i := len(l.Entries)
			for i > 0 && l.Entries[i-1].At > e.At {
				i--
			}
			l.Entries = append(l.Entries, Entry{})
			copy(l.Entries[i+1:], l.Entries[i:])
			l.Entries[i] = e
			added++
		}
	}
	l.trim()
	return added
}
