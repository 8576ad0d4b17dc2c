package render

import (
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/bulk"
)

// BulkBar is the page's bar during and after a bulk run, Vetted's own
// element at the bottom of the window: "Accepting 3 of 8 — Cancel", then
// the summary with Close.
type BulkBar struct {
	Line   Text `json:"line"`
	Button Text `json:"button"`
	// Running: the button cancels the run; else it closes the bar.
	Running bool `json:"running"`
}

// NewBulkBar is the bar for a run as it is now.
func NewBulkBar(r *bulk.Run) BulkBar {
	if r.State == bulk.Running {
		n := Lit(strconv.Itoa(len(r.Targets)))
		cur := Lit(strconv.Itoa(r.Pos + 1))
		line := Msg("bulkBarAccepting", "Accepting $1 of $2", cur, n)
		if r.Kind.Action() == action.Ignore {
			line = Msg("bulkBarIgnoring", "Ignoring $1 of $2", cur, n)
		}
		return BulkBar{Line: line, Button: Msg("bulkCancel", "Cancel"), Running: true}
	}
	line := Msg("bulkBarSummary", "Vetted: $1 done, $2 skipped.", Lit(strconv.Itoa(len(r.Done))), Lit(strconv.Itoa(len(r.Skipped))))
	if r.Stop != "" {
		line = Msg("", "$1 $2", line, Msg("bulkBarStopped", "Stopped: $1", StopReason(r.Stop)))
	}
	return BulkBar{Line: line, Button: Msg("bulkClose", "Close")}
}

// StopReason is why a bulk run stopped, in words (bulkStop_<reason>).
func StopReason(why bulk.Reason) Text {
	return Msg("bulkStop_"+strings.ReplaceAll(string(why), "-", "_"), string(why))
}
