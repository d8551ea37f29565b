// Prints, for each file named on stdin, the counts of syntax-node kinds
// that minigo's tests/gosrc.rs compares with its own AST.
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"hash/fnv"
	"os"
	"strconv"
	"sort"
	"strings"
)

func childOp(e ast.Expr) string {
	if b, ok := e.(*ast.BinaryExpr); ok {
		return b.Op.String()
	}
	return "-"
}

// litHash hashes a literal's kind and value (strings and runes decoded).
func litHash(n *ast.BasicLit) uint64 {
	value := n.Value
	switch n.Kind {
	case token.STRING:
		value, _ = strconv.Unquote(n.Value)
	case token.CHAR:
		r, _, _, _ := strconv.UnquoteChar(n.Value[1:len(n.Value)-1], '\'')
		value = strconv.Itoa(int(r))
	}
	h := fnv.New64a()
	h.Write([]byte(n.Kind.String() + ":" + value))
	return h.Sum64()
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		path := in.Text()
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintf(out, "%s\tERROR\n", path)
			continue
		}
		skip := map[ast.Node]bool{}
		counts := map[string]int{}
		var literals uint64
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ImportSpec:
				skip[n.Path] = true
			case *ast.Field:
				if n.Tag != nil {
					skip[n.Tag] = true
				}
			case *ast.TypeSwitchStmt:
				if a, ok := n.Assign.(*ast.AssignStmt); ok {
					skip[a] = true
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil || skip[n] {
				return true
			}
			key := ""
			switch n := n.(type) {
			case *ast.CallExpr:
				key = "Call"
			case *ast.CompositeLit:
				key = "CompositeLit"
			case *ast.FuncLit:
				key = "FuncLit"
			case *ast.BinaryExpr:
				key = "Binary:" + n.Op.String() + "(" + childOp(n.X) + "," + childOp(n.Y) + ")"
			case *ast.UnaryExpr:
				key = "Unary:" + n.Op.String()
			case *ast.StarExpr:
				key = "Star"
			case *ast.SelectorExpr:
				key = "Selector"
			case *ast.IndexExpr:
				key = "Index"
			case *ast.SliceExpr:
				key = fmt.Sprintf("Slice:%v", n.Slice3)
			case *ast.TypeAssertExpr:
				key = "TypeAssert"
			case *ast.KeyValueExpr:
				key = "KeyValue"
			case *ast.ParenExpr:
				key = "Paren"
			case *ast.ArrayType:
				if n.Len == nil {
					key = "SliceType"
				} else {
					key = "ArrayType"
				}
			case *ast.MapType:
				key = "MapType"
			case *ast.ChanType:
				key = fmt.Sprintf("ChanType:%d", n.Dir)
			case *ast.StructType:
				key = "StructType"
			case *ast.InterfaceType:
				key = "InterfaceType"
			case *ast.BasicLit:
				key = "Lit:" + n.Kind.String()
				literals += litHash(n)
			case *ast.IfStmt:
				key = "If"
			case *ast.ForStmt:
				key = "For"
			case *ast.RangeStmt:
				key = "Range"
			case *ast.SwitchStmt:
				key = "Switch"
			case *ast.TypeSwitchStmt:
				key = "TypeSwitch"
			case *ast.SelectStmt:
				key = "Select"
			case *ast.GoStmt:
				key = "Go"
			case *ast.DeferStmt:
				key = "Defer"
			case *ast.ReturnStmt:
				key = fmt.Sprintf("Return:%d", len(n.Results))
			case *ast.LabeledStmt:
				key = "Labeled"
			case *ast.AssignStmt:
				key = "Assign:" + n.Tok.String()
			case *ast.IncDecStmt:
				key = "IncDec:" + n.Tok.String()
			case *ast.SendStmt:
				key = "Send"
			case *ast.BranchStmt:
				key = "Branch:" + n.Tok.String()
			case *ast.CaseClause:
				key = fmt.Sprintf("Case:%d", len(n.List))
			case *ast.CommClause:
				key = "Comm"
			case *ast.FuncDecl:
				key = "FuncDecl"
			}
			if key != "" {
				counts[key]++
			}
			return true
		})
		keys := make([]string, 0, len(counts))
		for k, c := range counts {
			keys = append(keys, fmt.Sprintf("%s=%d", k, c))
		}
		keys = append(keys, fmt.Sprintf("LitHash=%d", literals))
		sort.Strings(keys)
		fmt.Fprintf(out, "%s\t%s\n", path, strings.Join(keys, " "))
	}
}
