// a bank simulation: accounts behind interfaces, transfers with errors, sorted reports
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Account interface {
	ID() string
	Balance() int64
	Deposit(amount int64) error
	Withdraw(amount int64) error
}

type InsufficientFunds struct {
	Need, Have int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrFrozen = errors.New("account frozen")

type base struct {
	id      string
	balance int64
	history []string
}

func (b *base) ID() string      { return b.id }
func (b *base) Balance() int64  { return b.balance }
func (b *base) log(s string, args ...any) {
	b.history = append(b.history, fmt.Sprintf(s, args...))
}
func (b *base) Deposit(a int64) error {
	if a <= 0 {
		return fmt.Errorf("deposit %d: invalid amount", a)
	}
	b.balance += a
	b.log("+%d", a)
	return nil
}

type Checking struct {
	base
	overdraft int64
	frozen    bool
}

func (c *Checking) Withdraw(a int64) error {
	if c.frozen {
		return fmt.Errorf("withdraw from %s: %w", c.id, ErrFrozen)
	}
	if c.balance+c.overdraft < a {
		return fmt.Errorf("withdraw from %s: %w", c.id, &InsufficientFunds{a, c.balance})
	}
	c.balance -= a
	c.log("-%d", a)
	return nil
}

type Savings struct {
	base
	rate float64
}

func (s *Savings) Withdraw(a int64) error {
	if s.balance < a {
		return &InsufficientFunds{a, s.balance}
	}
	s.balance -= a
	s.log("-%d", a)
	return nil
}

func (s *Savings) Accrue() {
	interest := int64(float64(s.balance) * s.rate)
	s.balance += interest
	s.log("interest %d", interest)
}

type Bank struct {
	accounts map[string]Account
	failures int
}

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) Transfer(from, to string, amount int64) (err error) {
	defer func() {
		if err != nil {
			b.failures++
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	return dst.Deposit(amount)
}

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	bank.Open(&Checking{base: base{id: "alice", balance: 100}, overdraft: 50})
	bank.Open(&Savings{base: base{id: "bob", balance: 1000}, rate: 0.025})
	bank.Open(&Checking{base: base{id: "carol"}, frozen: true})
	ops := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 120}, {"alice", "bob", 100}, {"bob", "carol", 300}, {"carol", "alice", 1}, {"bob", "dave", 5}, {"bob", "alice", 5000}, {"alice", "carol", 0}}
	for _, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		var insuf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("ok   %-6s -> %-6s %5d\n", op.from, op.to, op.amt)
		case errors.As(err, &insuf):
			fmt.Printf("FAIL short by %d: %v\n", insuf.Need-insuf.Have, err)
		case errors.Is(err, ErrFrozen):
			fmt.Println("FAIL frozen:", err)
		default:
			fmt.Println("FAIL", err)
		}
	}
	for _, a := range bank.accounts {
		if s, ok := a.(*Savings); ok {
			s.Accrue()
		}
	}
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sb strings.Builder
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Fprintf(&sb, "%-6s %8d %T\n", id, a.Balance(), a)
	}
	fmt.Print(sb.String())
	fmt.Println("failures:", bank.failures)
	sorted := make([]Account, 0)
	for _, id := range ids {
		sorted = append(sorted, bank.accounts[id])
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Balance() > sorted[j].Balance() })
	for i, a := range sorted {
		fmt.Printf("%d. %s (%+d)\n", i+1, a.ID(), a.Balance())
	}
	if c, ok := bank.accounts["alice"].(*Checking); ok {
		fmt.Printf("%v %q\n", c.history, c.history)
	}
	fmt.Printf("%+v\n", *bank.accounts["carol"].(*Checking))
}
