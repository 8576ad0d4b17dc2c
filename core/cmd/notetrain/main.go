// Command notetrain trains the note model (package notemodel) on the
// labelled notes in core/notemodel/data and writes its weights to
// core/notemodel/weights.go. Training is deterministic: the same data
// give the same file, and a test fails when the committed file differs
// from a fresh training. Run it from the repository's root after changing
// the data, the features, the rules' phrase lists or the options:
//
//	go run ./core/cmd/notetrain
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	vflag "github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/notemodel/train"
)

func main() {
	out := flag.String("o", filepath.Join(train.DataDir(), "..", "weights.go"), "where to write the weights")
	flag.Parse()
	w, err := train.Committed(train.DataDir(), vflag.NoteTags)
	if err != nil {
		fmt.Fprintln(os.Stderr, "notetrain:", err)
		os.Exit(1)
	}
	enc := w.Model().Encode()
	if err := os.WriteFile(*out, train.Generate(enc, w), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "notetrain:", err)
		os.Exit(1)
	}
	fmt.Printf("notetrain: %d features, temperature %.3f, %d bytes encoded, written to %s\n", len(w.Feats), w.Temp, len(enc), filepath.Clean(*out))
}
