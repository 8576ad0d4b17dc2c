package order

import "sort"

// Sort sorts s by cmp (negative: a before b), not keeping equal elements
// in their order: give it a cmp that orders every two elements.
func Sort[T any](s []T, cmp func(a, b T) int) { sort.Sort(&by[T]{s, cmp}) }

// Stable sorts s by cmp, keeping equal elements in their order.
func Stable[T any](s []T, cmp func(a, b T) int) { sort.Stable(&by[T]{s, cmp}) }

// by is a slice and its order, as package sort takes them.
type by[T any] struct {
	s   []T
	cmp func(a, b T) int
}

func (b *by[T]) Len() int           { return len(b.s) }
func (b *by[T]) Less(i, j int) bool { return b.cmp(b.s[i], b.s[j]) < 0 }
func (b *by[T]) Swap(i, j int)      { b.s[i], b.s[j] = b.s[j], b.s[i] }
