// Command icons draws Vetted's toolbar and store icons (a white check mark
// on a rounded green square) as PNGs at the sizes the manifest lists.
//
// The PNGs are committed; run it again only to change the design:
//
//	go run ./scripts/icons -out extension/icons
package main

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"
	"strconv"
)

// sizes are the icon sizes the manifest names.
var sizes = []int{16, 32, 48, 128}

// Colours: background top and bottom (a vertical gradient) and the mark.
var (
	bgTop    = [3]float64{0x1f, 0x8a, 0x5b}
	bgBottom = [3]float64{0x0e, 0x5a, 0x3a}
	mark     = [3]float64{0xff, 0xff, 0xff}
)

// check is the check mark's polyline in unit coordinates.
var check = [][2]float64{{0.27, 0.53}, {0.43, 0.69}, {0.74, 0.35}}

const (
	radius = 0.22 // corner radius of the square, in units of the size
	stroke = 0.13 // width of the check mark
	ss     = 8    // supersampling per axis
)

func main() {
	out := flag.String("out", "extension/icons", "directory to write icon<size>.png into")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, n := range sizes {
		path := filepath.Join(*out, "icon"+strconv.Itoa(n)+".png")
		if err := write(path, draw(n)); err != nil {
			log.Fatal(err)
		}
	}
}

func write(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// draw renders one icon of n×n pixels.
func draw(n int) *image.NRGBA {
	img := image.NRGBA{Pix: make([]uint8, 4*n*n), Stride: 4 * n, Rect: image.Rect(0, 0, n, n)}
	// Small icons get a proportionally thicker mark so it stays legible.
	w := stroke
	if n <= 16 {
		w = 0.16
	}
	for py := 0; py < n; py++ {
		for px := 0; px < n; px++ {
			var inBox, inMark float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(n)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(n)
					if inRoundedSquare(x, y) {
						inBox++
						if distToPolyline(x, y) <= w/2 {
							inMark++
						}
					}
				}
			}
			total := float64(ss * ss)
			a := inBox / total
			if a == 0 {
				continue
			}
			t := (float64(py) + 0.5) / float64(n)
			m := inMark / inBox
			var c [3]float64
			for i := range c {
				bg := bgTop[i]*(1-t) + bgBottom[i]*t
				c[i] = bg*(1-m) + mark[i]*m
			}
			img.SetNRGBA(px, py, color.NRGBA{R: round(c[0]), G: round(c[1]), B: round(c[2]), A: round(a * 255)})
		}
	}
	return &img
}

func round(v float64) uint8 { return uint8(math.Max(0, math.Min(255, math.Round(v)))) }

// inRoundedSquare reports whether (x, y) lies in the unit square with
// rounded corners (a 2% margin keeps the edge off the canvas border).
func inRoundedSquare(x, y float64) bool {
	const lo, hi = 0.02, 0.98
	if x < lo || x > hi || y < lo || y > hi {
		return false
	}
	cx := math.Max(lo+radius, math.Min(hi-radius, x))
	cy := math.Max(lo+radius, math.Min(hi-radius, y))
	return math.Hypot(x-cx, y-cy) <= radius
}

// distToPolyline is the distance from (x, y) to the check mark.
func distToPolyline(x, y float64) float64 {
	best := math.Inf(1)
	for i := 0; i+1 < len(check); i++ {
		best = math.Min(best, distToSegment(x, y, check[i], check[i+1]))
	}
	return best
}

func distToSegment(x, y float64, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := ((x-a[0])*dx + (y-a[1])*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(x-(a[0]+t*dx), y-(a[1]+t*dy))
}
