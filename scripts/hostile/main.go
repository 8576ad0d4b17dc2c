// Command hostile writes the hostile-payload invitation page
// (core/hostile.LinkedInPage over every payload) to standard output, or
// with -json the payload table, for the end-to-end tests.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/vetted/vetted/core/hostile"
)

func main() {
	asJSON := flag.Bool("json", false, "write the payload table as JSON (id, kind, text, key, href) instead of the page")
	flag.Parse()
	if *asJSON {
		type row struct {
			ID   string `json:"id"`
			Kind string `json:"kind"`
			Text string `json:"text"`
			Key  string `json:"key"`
			Href string `json:"href"`
		}
		rows := make([]row, len(hostile.All))
		for i, p := range hostile.All {
			rows[i] = row{p.ID, string(p.Kind), p.Text, hostile.Key(i), hostile.ProfileHref(p)}
		}
		if err := json.NewEncoder(os.Stdout).Encode(rows); err != nil {
			fmt.Fprintln(os.Stderr, "hostile:", err)
			os.Exit(1)
		}
		return
	}
	if _, err := os.Stdout.WriteString(hostile.LinkedInPage(hostile.All)); err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(1)
	}
}
