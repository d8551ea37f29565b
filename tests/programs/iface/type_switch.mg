// type switches with several types per case, nil case and default
package main

import "fmt"

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T %v", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "abc", ID(7), []int{1, 2}, fmt.Errorf("e"), 2.5, struct{}{}} {
		fmt.Println(describe(v))
	}
}
