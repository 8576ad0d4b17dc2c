package settings

// The bounds Validate enforces. They are exported so that the options page
// and the CLI can show them next to the fields.
const (
	MaxEntries     = 500    // most entries in one list
	MaxEntryLen    = 200    // most characters in one list entry
	MaxTemplateLen = 1000   // most characters in one message template
	MaxDelayMS     = 600000 // longest delay between two bulk actions (10 minutes)
	MaxPerRunLimit = 500    // highest allowed pacing.max_per_run
	MaxPerHourCap  = 2000   // highest allowed pacing.max_per_hour
	MinLedgerLimit = 100    // smallest allowed ledger_limit
)

// MaxLedgerLimit is the largest allowed ledger_limit. It is what fits:
// chrome.storage.local holds at most 10 MB for the whole extension, an
// entry of the decision log takes about 400 to 550 bytes of JSON, and what
// Vetted learnt (up to 4,000 features and 200 reported senders) shares the
// space: 15,000 entries take about 6 to 8 MB. A larger limit would only
// make every save fail once storage is full.
const MaxLedgerLimit = 15000

// EarlierMaxLedgerLimit is the largest ledger_limit an earlier version
// allowed. Saved settings with a limit up to it are not used to rotate
// entries out (KeepLimit, Stored), and are taken with it (Saved).
const EarlierMaxLedgerLimit = 100000
