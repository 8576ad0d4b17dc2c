// Command hostile writes the hostile-payload invitation page
// (core/hostile.LinkedInPage, or with -site x XPage, over every payload)
// to standard output, or with -json the payload table, for the end-to-end
// tests.
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
	site := flag.String("site", "linkedin", "the page's site: linkedin or x")
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
	page := hostile.LinkedInPage(hostile.All)
	switch *site {
	case "linkedin":
	case "x":
		page = hostile.XPage(hostile.All)
	default:
		fmt.Fprintln(os.Stderr, "hostile: -site is linkedin or x")
		os.Exit(2)
	}
	if _, err := os.Stdout.WriteString(page); err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(1)
	}
}
