// Package backup is the file the decision log page exports and imports:
// the decision log (package ledger) and what Vetted learnt (package learn)
// together, as one JSON object:
//
//	{"format": "vetted-export", "version": 1, "exported_at": 1796601600000,
//	 "ledger": [ …entries as chrome.storage.local holds them… ],
//	 "learnt": { …the learnt state, learn.Model.Tree… }}
//
// Read also takes the files that came before and beside it: a decision log
// alone (a JSON list of entries, the older export) and a learnt state
// alone (what `vetted learn --state` writes). A learnt state that does not
// validate refuses the whole file, so that an import changes nothing
// unless all of it can be used.
package backup
