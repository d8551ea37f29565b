// a JSON-ish pretty printer over interface values with type switches and recursion
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Object map[string]any
type Array []any

func encode(sb *strings.Builder, v any, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(fmt.Sprint(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case Array:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			encode(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case Object:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", indent, k)
			encode(sb, x[k], indent+"  ")
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(indent + "}")
	case fmt.Stringer:
		sb.WriteString(strconv.Quote(x.String()))
	case error:
		sb.WriteString(strconv.Quote("error: " + x.Error()))
	default:
		fmt.Fprintf(sb, "%q", fmt.Sprintf("<%T %v>", x, x))
	}
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	doc := Object{
		"name":    "minigo",
		"version": 1.5,
		"tags":    Array{"go", "rust", "interp"},
		"stable":  false,
		"deps":    nil,
		"count":   42,
		"nested":  Object{"empty": Array{}, "pt": Point{1, 2}, "err": fmt.Errorf("bad %d", 7), "u8": uint8(7)},
		"floats":  Array{0.1, 1e21, 1e-7, -0.0, 100.0, 3.0e5},
		"esc":     "tab\there \"quoted\" \u00e9 \x01",
	}
	var sb strings.Builder
	encode(&sb, doc, "")
	fmt.Println(sb.String())
	fmt.Println(len(doc), doc["count"], doc["tags"])
	fmt.Printf("%v\n%+v\n", doc["nested"], Point{3, 4})
	v, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(v, err)
	n, err := strconv.ParseInt("-9223372036854775809", 10, 64)
	fmt.Println(n, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	i, err := strconv.Atoi("12a")
	fmt.Println(i, err, strconv.FormatInt(-255, 16), strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(2.5e-8, 'e', -1, 32))
}
