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
	MaxLedgerLimit = 100000 // largest allowed ledger_limit
)
