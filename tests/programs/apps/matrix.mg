// matrix code: value-type 2x2 and slice-of-slice matrices, determinants, Gaussian elimination
package main

import (
	"fmt"
	"math"
)

type Mat2 [2][2]float64

func (m Mat2) Mul(o Mat2) Mat2 {
	var r Mat2
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m *Mat2) Scale(f float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= f
		}
	}
}

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) String() string {
	s := ""
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%7.3f", v)
		}
		s += "\n"
	}
	return s
}

func solve(a Matrix, b []float64) ([]float64, error) {
	n := len(a)
	aug := NewMatrix(n, n+1)
	for i := range a {
		copy(aug[i], a[i])
		aug[i][n] = b[i]
	}
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(aug[r][col]) > math.Abs(aug[pivot][col]) {
				pivot = r
			}
		}
		if math.Abs(aug[pivot][col]) < 1e-12 {
			return nil, fmt.Errorf("singular matrix at column %d", col)
		}
		aug[col], aug[pivot] = aug[pivot], aug[col]
		for r := col + 1; r < n; r++ {
			f := aug[r][col] / aug[col][col]
			for c := col; c <= n; c++ {
				aug[r][c] -= f * aug[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := aug[i][n]
		for j := i + 1; j < n; j++ {
			s -= aug[i][j] * x[j]
		}
		x[i] = s / aug[i][i]
	}
	return x, nil
}

func main() {
	a := Mat2{{1, 2}, {3, 4}}
	b := a
	b.Scale(0.5)
	fmt.Println(a, b, a.Mul(b))
	fmt.Printf("%v %.2f %g\n", a == b, a.Mul(a), a[1][0]/7)
	m := Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	fmt.Print(m)
	x, err := solve(m, []float64{8, -11, -3})
	fmt.Println(x, err)
	for i := range x {
		x[i] = math.Floor(x[i]*1e9+0.5) / 1e9
	}
	fmt.Println(x)
	_, err = solve(Matrix{{1, 2}, {2, 4}}, []float64{1, 2})
	fmt.Println(err)
	id := NewMatrix(3, 3)
	for i := range id {
		id[i][i] = 1
	}
	fmt.Printf("%v|%s", id, id)
	h := NewMatrix(4, 4)
	for i := range h {
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	hx, _ := solve(h, []float64{1, 0, 0, 0})
	fmt.Println(hx)
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Inf(1), -math.MaxFloat64, math.NaN(), float32(1)/3)
	fmt.Printf("%e %E %.3g %08.3f %+.1e %x\n", 123456.789, 0.000123, 1e21, -3.14159, 6.02e23, 255.5)
}
