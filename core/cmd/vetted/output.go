package main

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/vetted/vetted/core/text"
	"github.com/vetted/vetted/core/verdict"
)

// nameWidth is the most characters of a name the table shows.
const nameWidth = 32

// writeVerdicts prints verdicts as JSON lines or as a table.
func writeVerdicts(w io.Writer, vs []verdict.Verdict, asJSON bool) error {
	if asJSON {
		return writeJSONLines(w, vs)
	}
	return writeTable(w, vs)
}

// writeJSONLines prints one JSON object per verdict.
func writeJSONLines(w io.Writer, vs []verdict.Verdict) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range vs {
		v := vs[i]
		if v.Flags == nil {
			v.Flags = []verdict.Flag{}
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}

// writeTable prints a readable table: one row per verdict with the flags'
// IDs (the note model's with what it says and how likely:
// "note-model(scam 92%)"). Names are shown as safe, shortened text.
func writeTable(w io.Writer, vs []verdict.Verdict) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	io.WriteString(tw, "NAME\tTYPE\tRECOMMENDATION\tLEVEL\tSCORE\tFLAGS\n")
	for _, v := range vs {
		ids := make([]string, len(v.Flags))
		for i, f := range v.Flags {
			ids[i] = f.ID
			if f.Class != "" {
				ids[i] += "(" + f.Class + " " + strconv.Itoa(f.Percent) + "%)"
			}
		}
		flags := strings.Join(ids, ",")
		if flags == "" {
			flags = "-"
		}
		name := text.Quote(v.Name, nameWidth)
		if name == "" {
			name = "(no name)"
		}
		row := []string{name, v.Type.Label(), v.Recommendation.Label(), string(v.Level), strconv.Itoa(v.Score), flags}
		io.WriteString(tw, strings.Join(row, "\t")+"\n")
	}
	return tw.Flush()
}
