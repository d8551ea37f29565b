// data-structure instructions: slice and array indexing (s[i] = constant as
// SetSliceK), m[k] (MapGetInt), v, ok := m[k] (MapGetIntOk) and
// m[k] += v / m[k]++ (MapAddInt) of a map with integer values, math.Sqrt as
// SqrtFloat, strconv.Itoa as Convert IntToDecimal, strings.Builder's
// WriteString/WriteByte as AppendStrField, WriteString(strconv.Itoa(n)) as
// AppendDecimalField
package main

import (
	"math"
	"strconv"
	"strings"
)

func main() {
	xs := make([]bool, 4)
	xs[1] = true
	var arr [3]int
	arr[2] = 5
	counts := map[string]int{}
	counts["a"]++
	counts["b"] += arr[2]
	n := counts["a"]
	v, ok := counts["c"]
	names := map[int]string{}
	s := names[n]
	f := math.Sqrt(float64(n + v))
	t := strconv.Itoa(n) + s
	var b strings.Builder
	b.WriteString(t)
	b.WriteByte(' ')
	b.WriteString(strconv.Itoa(n + 1))
	_, _, _, _ = xs[0], ok, b.String(), f
}
