package zz

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"testing"

	"github.com/vetted/vetted/core/notemodel"
)

func gz(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, 9)
	w.Write(b)
	w.Close()
	return buf.Len()
}

func TestSizes(t *testing.T) {
	b := notemodel.Default().Encode()
	n := 5000
	w := b[len(b)-n*6:]
	head := b[:len(b)-n*6]
	fmt.Println("all", gz(b), "head", gz(head), "weights", gz(w))
	col := make([]byte, 0, len(w))
	for c := 0; c < 6; c++ {
		for i := 0; i < n; i++ {
			col = append(col, w[i*6+c])
		}
	}
	fmt.Println("colmajor", gz(col))
	zz := make([]byte, len(col))
	for i, v := range col {
		x := int8(v)
		zz[i] = byte((x << 1) ^ (x >> 7))
	}
	fmt.Println("colmajor zigzag", gz(zz))
	// histogram spread
	var hist [256]int
	for _, v := range w {
		hist[v]++
	}
	fmt.Println("zeros", hist[0], "of", len(w))
}

func TestBits(t *testing.T) {
	b := notemodel.Default().Encode()
	n := 5000
	w := b[len(b)-n*6:]
	for _, div := range []float64{1, 2, 3, 4, 6, 8} {
		q := make([]byte, len(w))
		for i, v := range w {
			x := float64(int8(v)) / div
			if x < 0 {
				x -= 0.5
			} else {
				x += 0.5
			}
			q[i] = byte(int8(x))
		}
		fmt.Println("div", div, gz(q))
	}
}
