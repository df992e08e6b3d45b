// Package iter: the iterator function types that range-over-func accepts.
package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)
