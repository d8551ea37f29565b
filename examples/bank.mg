// bank.mg: accounts with methods, a map of accounts, and error values —
// sentinel errors, a custom error type, wrapping with %w and errors.Is/As.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrNoAccount = errors.New("no such account")

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Account struct {
	Owner   string
	Balance int
	History []string
}

func (a *Account) Deposit(amount int) {
	a.Balance += amount
	a.History = append(a.History, fmt.Sprintf("+%d", amount))
}

func (a *Account) Withdraw(amount int) error {
	if amount > a.Balance {
		return &InsufficientFunds{Need: amount, Have: a.Balance}
	}
	a.Balance -= amount
	a.History = append(a.History, fmt.Sprintf("-%d", amount))
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("%s: %d %v", a.Owner, a.Balance, a.History)
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(owner string, initial int) *Account {
	acc := &Account{Owner: owner}
	acc.Deposit(initial)
	b.accounts[owner] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amount int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrNoAccount)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	dst.Deposit(amount)
	return nil
}

func (b *Bank) Report() {
	names := make([]string, 0, len(b.accounts))
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		fmt.Println(" ", *b.accounts[n])
		total += b.accounts[n].Balance
	}
	fmt.Println("  total:", total)
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)

	transfers := []struct {
		from, to string
		amount   int
	}{
		{"alice", "bob", 30},
		{"bob", "alice", 500},
		{"carol", "bob", 10},
		{"bob", "alice", 80},
	}
	for _, t := range transfers {
		err := bank.Transfer(t.from, t.to, t.amount)
		var inf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok:", t.from, "->", t.to, t.amount)
		case errors.Is(err, ErrNoAccount):
			fmt.Println("unknown account:", err)
		case errors.As(err, &inf):
			fmt.Println("declined:", err, "| short by", inf.Need-inf.Have)
		default:
			fmt.Println("unexpected:", err)
		}
	}
	bank.Report()
}
