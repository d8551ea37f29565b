// a tiny expression tokenizer, parser and evaluator with errors as values
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TokenKind int

const (
	Num TokenKind = iota
	Op
	LParen
	RParen
)

func (k TokenKind) String() string {
	return [...]string{"Num", "Op", "LParen", "RParen"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
}

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Lit float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}

var ErrDivZero = errors.New("division by zero")

func (l Lit) Eval(map[string]float64) (float64, error) { return float64(l), nil }
func (l Lit) String() string                             { return strconv.FormatFloat(float64(l), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}
func (b *Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("eval %v: %w", b, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{Num, s[i:j]})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			toks = append(toks, Token{Num, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/", rune(c)):
			toks = append(toks, Token{Op, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LParen, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RParen, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func prec(op string) int {
	if op == "+" || op == "-" {
		return 1
	}
	return 2
}

func (p *parser) primary() Node {
	t := p.peek()
	if t == nil {
		panic("unexpected end")
	}
	p.pos++
	switch t.Kind {
	case LParen:
		n := p.expr(0)
		if q := p.peek(); q == nil || q.Kind != RParen {
			panic("missing )")
		}
		p.pos++
		return n
	case Num:
		if f, err := strconv.ParseFloat(t.Text, 64); err == nil {
			return Lit(f)
		}
		return Var(t.Text)
	}
	panic(fmt.Sprintf("unexpected %v %q", t.Kind, t.Text))
}

func (p *parser) expr(min int) Node {
	lhs := p.primary()
	for {
		t := p.peek()
		if t == nil || t.Kind != Op || prec(t.Text) < min {
			return lhs
		}
		p.pos++
		rhs := p.expr(prec(t.Text) + 1)
		lhs = &Bin{t.Text[0], lhs, rhs}
	}
}

func parse(s string) (n Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	n = p.expr(0)
	if p.pos != len(toks) {
		panic("trailing tokens")
	}
	return n, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 0.5}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "10 / (x - 3)", "2 * z", "1 +", "(1 + 2", "4 $ 4", "1.5 * 4 / 3 - 0.1"} {
		n, err := parse(src)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		v, err := n.Eval(env)
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-20s => div0 (%v)\n", n, err)
		case err != nil:
			fmt.Printf("%-20s => %v\n", n, err)
		default:
			fmt.Printf("%-20s => %8.3f %v %T\n", n, v, v, n)
		}
	}
}
