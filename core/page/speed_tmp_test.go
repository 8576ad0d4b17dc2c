package page_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

func TestSpeedTmp(t *testing.T) {
	for _, fx := range fixtures(t) {
		b, _ := os.ReadFile(fx.path)
		for _, variant := range []string{"orig", "noclose"} {
			src := string(b)
			if variant == "noclose" {
				src = strings.ReplaceAll(src, "</div>", "")
			}
			root, _ := htmlnode.Parse(strings.NewReader(src))
			st := time.Now()
			for _, u := range fuzzURLs {
				page.Detect(u, root)
			}
			d1 := time.Since(st)
			for _, a := range page.All {
				st := time.Now()
				a.Cards(root)
				if d := time.Since(st); d > 50*time.Millisecond {
					t.Logf("%s %s on %s/%s: %v", variant, a.ID, fx.dir, fx.name, d)
				}
			}
			if d1 > 50*time.Millisecond {
				t.Logf("%s detect on %s/%s: %v", variant, fx.dir, fx.name, d1)
			}
		}
	}
}
