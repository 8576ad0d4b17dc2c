package wire_test

import (
	"encoding/json"
	"testing"

	"github.com/vetted/vetted/core/session"
	"github.com/vetted/vetted/core/wire"
)

// BenchmarkDecodeRequest reads an observe request carrying a job, with
// wire and, for comparison, encoding/json.
func BenchmarkDecodeRequest(b *testing.B) {
	text, err := json.Marshal(filledFor(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("wire", func(b *testing.B) {
		for b.Loop() {
			if _, err := wire.DecodeRequest(string(text)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			var r session.Request
			if err := json.Unmarshal(text, &r); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkAppendScan writes a scan's answer (cards with every field
// set), with wire and, for comparison, encoding/json.
func BenchmarkAppendScan(b *testing.B) {
	scan := filled[session.Scan](1)
	b.Run("wire", func(b *testing.B) {
		for b.Loop() {
			_ = wire.Reply("", "", "", false, &scan)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			if _, err := json.Marshal(map[string]any{"result": &scan}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func filledFor(testing.TB) session.Request { return filled[session.Request](1) }
