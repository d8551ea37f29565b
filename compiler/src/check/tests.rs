//! Owns the checker's unit tests: each goes through `check_types`, which
//! parses and checks a program and prints its diagnostics (or `ok`).

use minigo_grammar::LineIndex;

/// Checks `src` and renders `line:col: message` per diagnostic (labels as
/// Go's indented `\tline:col: text` lines), or `ok`.
fn check_types(src: &str) -> String {
    let (file, parse_diags) = minigo_grammar::parse_file(src);
    let lines = LineIndex::new(src);
    let render = |d: &minigo_grammar::Diagnostic| {
        let (l, c) = lines.line_col(d.span.start);
        let mut out = format!("{l}:{c}: {}", d.message);
        for label in &d.labels {
            let (l, c) = lines.line_col(label.span.start);
            out.push_str(&format!("\n\t{l}:{c}: {}", label.message));
        }
        out
    };
    if !parse_diags.is_empty() {
        return parse_diags.iter().map(render).collect::<Vec<_>>().join("\n");
    }
    let (_, diags) = super::check_file(&file);
    if diags.is_empty() {
        return "ok".into();
    }
    diags.iter().map(render).collect::<Vec<_>>().join("\n")
}

#[test]
fn hello() {
    insta::assert_snapshot!(check_types("package main\nfunc main() { x := 1; println(x) }\n"), @"ok");
}

/// Every corpus program is valid Go: the checker must accept it silently.
#[test]
fn corpus_programs_check_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut failures = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "mg") {
                let src = std::fs::read_to_string(&path).unwrap_or_default();
                let out = check_types(&src);
                if out != "ok" {
                    failures.push(format!("{}:\n{out}", path.display()));
                }
            }
        }
    }
    failures.sort();
    assert!(failures.is_empty(), "{} programs rejected:\n{}", failures.len(), failures.join("\n"));
}

/// The type-error programs of `tests/errors/type_*.mg`: each one's
/// diagnostics as `line:col: message`, compared with Go's own (go build).
#[test]
fn type_error_programs() {
    insta::glob!("../../../tests/errors", "type_*.mg", |path| {
        let src = std::fs::read_to_string(path).expect("readable test program");
        let description = src.lines().next().and_then(|l| l.strip_prefix("//")).unwrap_or("").trim().to_string();
        let mut settings = insta::Settings::clone_current();
        settings.set_description(description);
        settings.set_omit_expression(true);
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| insta::assert_snapshot!(check_types(&src)));
    });
}


/// Checks a valid program and renders the facts the lowering reads: each
/// expression's mode and final type, selections, closure captures and the
/// package initialization order.
fn check_info(src: &str) -> String {
    use crate::info::Mode;
    use crate::types::TypeStyle;
    let (file, parse_diags) = minigo_grammar::parse_file(src);
    assert!(parse_diags.is_empty(), "{parse_diags:?}");
    let (checked, diags) = super::check_file(&file);
    let lines = LineIndex::new(src);
    let mut out = String::new();
    for d in &diags {
        out.push_str(&format!("error: {}\n", d.message));
    }
    let pos = |span: minigo_grammar::Span| {
        let (l, c) = lines.line_col(span.start);
        format!("{l}:{c}")
    };
    let mut exprs = Vec::new();
    collect_exprs(&file, &mut exprs);
    exprs.sort_by_key(|(span, _, _)| (span.start, std::cmp::Reverse(span.end)));
    for (span, id, text) in exprs {
        let Some(tv) = checked.main.type_of(id) else { continue };
        let mode = match &tv.mode {
            // Floats at full f64 precision (messages round to 6 digits).
            Mode::Constant(crate::constant::ConstValue::Float(x)) => format!("const {}", minigo_vm::fmtfloat::format_g(x.to_f64(), 64)),
            Mode::Constant(v) => format!("const {v}"),
            Mode::TypeExpr => continue,
            Mode::Builtin(_) | Mode::Package => continue,
            m => format!("{m:?}").to_lowercase(),
        };
        let ty = checked.types.display(tv.ty, TypeStyle::Runtime);
        let mut line = format!("{} {text}: {mode} {ty}", pos(span));
        if let Some(sel) = checked.main.selections.get(&id) {
            line.push_str(&format!(" [{:?} path {:?}{}]", sel.kind, sel.path, if sel.indirect { " indirect" } else { "" }));
        }
        out.push_str(&line);
        out.push('\n');
    }
    let mut caps: Vec<_> = checked.main.captures.iter().collect();
    caps.sort_by_key(|(id, _)| id.0);
    for (_, vars) in caps {
        let names: Vec<&str> = vars.iter().map(|v| checked.object(*v).name.as_str()).collect();
        out.push_str(&format!("closure captures [{}]\n", names.join(", ")));
    }
    if !checked.main.var_init_order.is_empty() {
        let order: Vec<String> = checked
            .main
            .var_init_order
            .iter()
            .map(|i| i.lhs.iter().map(|o| o.map_or("_".to_string(), |o| checked.object(o).name.clone())).collect::<Vec<_>>().join(","))
            .collect();
        out.push_str(&format!("init order: {}\n", order.join(" ")));
    }
    out
}

/// Every expression of a file with its span, id and source form.
fn collect_exprs(file: &minigo_grammar::ast::File, out: &mut Vec<(minigo_grammar::Span, minigo_grammar::ast::ExprId, String)>) {
    // The AST dump lists expressions; walk it through the public `expr_source`-free route:
    // re-parse spans from the tree by a small visitor.
    struct V<'o>(&'o mut Vec<(minigo_grammar::Span, minigo_grammar::ast::ExprId, String)>);
    impl V<'_> {
        fn expr(&mut self, e: &minigo_grammar::ast::Expr) {
            use minigo_grammar::ast::ExprKind::*;
            self.0.push((e.span, e.id, super::expr_string(e)));
            match &e.kind {
                CompositeLit { ty, elems, .. } => {
                    if let Some(t) = ty {
                        self.expr(t);
                    }
                    for el in elems {
                        if let Some(k) = &el.key {
                            self.expr(k);
                        }
                        self.expr(&el.value);
                    }
                }
                FuncLit { body, .. } => self.stmts(&body.stmts),
                Paren(x) | Selector(x, _) | SliceType(x) | Star(x) | Unary(_, x) | ChanType(_, x) => self.expr(x),
                Index(x, i) | Binary(_, x, i) | MapType(x, i) => {
                    self.expr(x);
                    self.expr(i);
                }
                Slice { x, lo, hi, max, .. } => {
                    self.expr(x);
                    for i in [lo, hi, max].into_iter().flatten() {
                        self.expr(i);
                    }
                }
                TypeAssert(x, t) => {
                    self.expr(x);
                    if let Some(t) = t {
                        self.expr(t);
                    }
                }
                Call { func, args, .. } => {
                    self.expr(func);
                    for a in args {
                        self.expr(a);
                    }
                }
                _ => {}
            }
        }
        fn stmts(&mut self, stmts: &[minigo_grammar::ast::Stmt]) {
            for s in stmts {
                self.stmt(s);
            }
        }
        fn stmt(&mut self, s: &minigo_grammar::ast::Stmt) {
            use minigo_grammar::ast::StmtKind::*;
            match &s.kind {
                Decl(d) => self.decl(d),
                Labeled { stmt, .. } => self.stmt(stmt),
                Expr(e) | Go(e) | Defer(e) => self.expr(e),
                Send { ch, value } => {
                    self.expr(ch);
                    self.expr(value);
                }
                IncDec { x, .. } => self.expr(x),
                Assign { lhs, rhs, .. } => {
                    lhs.iter().chain(rhs).for_each(|e| self.expr(e));
                }
                Define { values, .. } | Return(values) => values.iter().for_each(|e| self.expr(e)),
                Block(b) => self.stmts(&b.stmts),
                If { init, cond, then, els } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    self.expr(cond);
                    self.stmts(&then.stmts);
                    if let Some(e) = els {
                        self.stmt(e);
                    }
                }
                Switch { init, tag, cases } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(t) = tag {
                        self.expr(t);
                    }
                    for c in cases {
                        c.exprs.iter().flatten().for_each(|e| self.expr(e));
                        self.stmts(&c.body);
                    }
                }
                TypeSwitch { x, cases, .. } => {
                    self.expr(x);
                    for c in cases {
                        self.stmts(&c.body);
                    }
                }
                Select(cs) => {
                    for c in cs {
                        if let Some(s) = &c.comm {
                            self.stmt(s);
                        }
                        self.stmts(&c.body);
                    }
                }
                For { init, cond, post, body } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(c) = cond {
                        self.expr(c);
                    }
                    if let Some(p) = post {
                        self.stmt(p);
                    }
                    self.stmts(&body.stmts);
                }
                Range { key, value, x, body, .. } => {
                    [key, value].into_iter().flatten().for_each(|e| self.expr(e));
                    self.expr(x);
                    self.stmts(&body.stmts);
                }
                _ => {}
            }
        }
        fn decl(&mut self, d: &minigo_grammar::ast::Decl) {
            use minigo_grammar::ast::Decl::*;
            match d {
                Var(specs) => specs.iter().flat_map(|s| &s.values).for_each(|e| self.expr(e)),
                Func(f) => {
                    if let Some(b) = &f.body {
                        self.stmts(&b.stmts);
                    }
                }
                _ => {}
            }
        }
    }
    let mut v = V(out);
    for d in &file.decls {
        v.decl(d);
    }
}

#[test]
fn untyped_constants_take_their_context_type() {
    insta::assert_snapshot!(check_info("package main\nfunc main() {\n\tvar x int8 = 3\n\tvar f float64 = 1 << 2\n\tn := 2\n\tvar g int64 = 1 << n\n\tprintln(x, f, g, 7)\n}\n"), @r"
        3:15 3: const 3 int8
        4:18 1 << 2: const 4 float64
        4:18 1: const 1 float64
        4:23 2: const 2 uint
        5:7 2: const 2 int
        6:16 1 << n: value int64
        6:16 1: const 1 int64
        6:21 n: variable int
        7:2 println(x, f, g, 7): novalue ()
        7:10 x: variable int8
        7:13 f: variable float64
        7:16 g: variable int64
        7:19 7: const 7 int
        ");
}

#[test]
fn closures_capture_enclosing_variables() {
    insta::assert_snapshot!(check_info("package main\nfunc main() {\n\tx, y := 1, 2\n\tf := func() int {\n\t\tg := func() int { return x }\n\t\treturn g() + y\n\t}\n\tprintln(f())\n}\n"), @r"
        3:10 1: const 1 int
        3:13 2: const 2 int
        4:7 func() int {…}: value func() int
        5:8 func() int {…}: value func() int
        5:28 x: variable int
        6:10 g() + y: value int
        6:10 g(): value int
        6:10 g: variable func() int
        6:16 y: variable int
        8:2 println(f()): novalue ()
        8:10 f(): value int
        8:10 f: variable func() int
        closure captures [x]
        closure captures [x, y]
        ");
}

#[test]
fn selections_walk_embedded_fields() {
    insta::assert_snapshot!(check_info("package main\ntype Inner struct{ n int }\nfunc (i *Inner) Inc() { i.n++ }\ntype Outer struct{ *Inner; tag string }\nfunc main() {\n\to := Outer{&Inner{}, \"t\"}\n\to.Inc()\n\tprintln(o.n, o.tag)\n\tf := (*Inner).Inc\n\tf(o.Inner)\n}\n"), @r#"
        3:25 i.n: variable int [FieldVal path [0] indirect]
        3:25 i: variable *main.Inner
        6:7 Outer{…}: value main.Outer
        6:13 &Inner{}: value *main.Inner
        6:14 Inner{}: value main.Inner
        6:23 "t": const "t" string
        7:2 o.Inc(): novalue ()
        7:2 o.Inc: value func() [MethodVal path [0] indirect]
        7:2 o: variable main.Outer
        8:2 println(o.n, o.tag): novalue ()
        8:10 o.n: variable int [FieldVal path [0, 0] indirect]
        8:10 o: variable main.Outer
        8:15 o.tag: variable string [FieldVal path [1]]
        8:15 o: variable main.Outer
        9:7 (*Inner).Inc: value func(*main.Inner) [MethodExpr path [] indirect]
        10:2 f(o.Inner): novalue ()
        10:2 f: variable func(*main.Inner)
        10:4 o.Inner: variable *main.Inner [FieldVal path [0]]
        10:4 o: variable main.Outer
        "#);
}

#[test]
fn comma_ok_forms_record_tuples() {
    insta::assert_snapshot!(check_info("package main\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := m[\"a\"]\n\tvar i any = 1\n\tn, isInt := i.(int)\n\tch := make(chan int)\n\tclose(ch)\n\tr, open := <-ch\n\tprintln(v, ok, n, isInt, r, open)\n}\n"), @r#"
        3:7 map[string]int{}: value map[string]int
        4:11 m["a"]: commaok (int, bool)
        4:11 m: variable map[string]int
        4:13 "a": const "a" string
        5:14 1: const 1 int
        6:14 i.(int): commaok (int, bool)
        6:14 i: variable interface {}
        7:8 make(chan int): value chan int
        8:2 close(ch): novalue ()
        8:8 ch: variable chan int
        9:13 <-ch: commaok (int, bool)
        9:15 ch: variable chan int
        10:2 println(v, ok, n, isInt, r, open): novalue ()
        10:10 v: variable int
        10:13 ok: variable bool
        10:17 n: variable int
        10:20 isInt: variable bool
        10:27 r: variable int
        10:30 open: variable bool
        "#);
}

#[test]
fn package_variables_initialize_in_dependency_order() {
    insta::assert_snapshot!(check_info("package main\nvar a = b + c\nvar b = f()\nvar c = 1\nvar d, e = g()\nfunc f() int { return c + 1 }\nfunc g() (int, int) { return a, b }\nfunc main() { println(a, b, c, d, e) }\n"), @r"
        2:9 b + c: value int
        2:9 b: variable int
        2:13 c: variable int
        3:9 f(): value int
        3:9 f: value func() int
        4:9 1: const 1 int
        5:12 g(): value (int, int)
        5:12 g: value func() (int, int)
        6:23 c + 1: value int
        6:23 c: variable int
        6:27 1: const 1 int
        7:30 a: variable int
        7:33 b: variable int
        8:15 println(a, b, c, d, e): novalue ()
        8:23 a: variable int
        8:26 b: variable int
        8:29 c: variable int
        8:32 d: variable int
        8:35 e: variable int
        init order: c b a d,e
        ");
}

#[test]
fn messages_match_go() {
    let cases = [
        "package main\nfunc main() { x := 0; f := func() { x = 1 }; f() }\n",
        "package main\nfunc main() { var x any; switch v := x.(type) { case int: } }\n",
        "package main\nfunc main() { _ = nil == nil }\n",
        "package main\ntype T struct{ s []int }\nfunc main() { a, b := T{}, T{}; _ = a == b; _ = a < b; var f func(); _ = f == f }\n",
        "package main\nfunc main() { n := 2; var f float64 = 1 << n; _ = f }\n",
        "package main\nfunc main() { var b byte = 300; _ = b; r := rune(1.5); _ = r }\n",
        "package main\nfunc main() { s := []int{1}; _ = s[1.5]; _ = make([]int, -1) }\n",
        "package main\nfunc f() (int, int) { return 1 }\nfunc main() { f() }\n",
        "package main\nfunc add(a, b int) int { return a + b }\nfunc main() { println(add()) }\n",
    ];
    let out: Vec<String> = cases.iter().map(|c| check_types(c)).collect();
    insta::assert_snapshot!(out.join("\n--\n"), @r"
        2:15: declared and not used: x
        --
        2:33: v declared and not used
        --
        2:26: invalid operation: nil == nil (operator == not defined on untyped nil)
        --
        3:37: invalid operation: a == b (struct containing []int cannot be compared)
        3:49: invalid operation: a < b (operator < not defined on struct)
        3:74: invalid operation: f == f (func can only be compared to nil)
        --
        2:39: invalid operation: shifted operand 1 (type float64) must be integer
        --
        2:28: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
        2:50: cannot convert 1.5 (untyped float constant) to type rune
        --
        2:36: 1.5 (untyped float constant) truncated to int
        2:58: invalid argument: index -1 (constant of type int) must not be negative
        --
        2:30: not enough return values
        	have (number)
        	want (int, int)
        --
        3:23: not enough arguments in call to add
        	have ()
        	want (int, int)
        ");
}

#[test]
fn big_constants() {
    let cases = [
        "package main\nfunc main() { const h = 1 << 600; println(h) }\n",
        "package main\nconst a = 1 << 400\nfunc main() { const h = a * a; println(h) }\n",
        "package main\nconst a = 1 << 400\nfunc main() { println(a >> 398, a / (1 << 399)) }\n",
        "package main\nfunc main() { x := 1 << 63; println(x) }\n",
    ];
    let out: Vec<String> = cases.iter().map(|c| check_types(c)).collect();
    insta::assert_snapshot!(out.join("\n--\n"), @r"
        2:27: constant shift overflow
        --
        3:27: constant multiplication overflow
        --
        ok
        --
        2:20: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in assignment (overflows)
        ");
}

#[test]
fn float32_constants_round() {
    insta::assert_snapshot!(check_info("package main\nfunc main() {\n\tvar f float32 = 0.1\n\tvar p *int = nil\n\tprintln(f, p == nil)\n}\n"), @r"
        3:18 0.1: const 0.10000000149011612 float32
        4:15 nil: value *int
        5:2 println(f, p == nil): novalue ()
        5:10 f: variable float32
        5:13 p == nil: value bool
        5:13 p: variable *int
        5:18 nil: value *int
        ");
}

#[test]
fn shared_field_types_stay_linear() {
    // 2^40 paths through the fields: every walk over types must memoize named types.
    let mut src = String::from("package main\n");
    for i in 0..40 {
        src.push_str(&format!("type T{i} struct {{ a, b T{} }}\n", i + 1));
    }
    src.push_str("type T40 struct { x []int }\nfunc main() { var a, b T0; println(a == b) }\n");
    insta::assert_snapshot!(check_types(&src), @r"
        43:36: invalid operation: a == b (struct containing T1 cannot be compared)
        ");
}

#[test]
fn incomparable_arrays_and_structs() {
    insta::assert_snapshot!(check_types("package main\ntype T struct{ a [2][]int }\nfunc main() { var x, y [2][]int; _ = x == y; var a, b T; _ = a == b }\n"), @r"
    3:38: invalid operation: x == y ([2][]int cannot be compared)
    3:62: invalid operation: a == b (struct containing [2][]int cannot be compared)
    ");
}

#[test]
fn initialization_cycles() {
    let cases = [
        "package main\nvar a = b\nvar b = a\nfunc main() { println(a, b) }\n",
        "package main\nvar x = f()\nfunc f() int { return x }\nfunc main() { println(x) }\n",
        "package main\nvar x int = x\nfunc main() { println(x) }\n",
    ];
    let out: Vec<String> = cases.iter().map(|c| check_types(c)).collect();
    insta::assert_snapshot!(out.join("\n--\n"), @r"
        2:5: initialization cycle for a
        	2:5: a refers to b
        	3:5: b refers to a
        --
        2:5: initialization cycle for x
        	2:5: x refers to f
        	3:6: f refers to x
        --
        2:5: initialization cycle: x refers to itself
        ");
}

/// `%T` strings of every declared variable, as `fmt` prints them (checked with go-oracle).
#[test]
fn runtime_type_strings() {
    let src = "package main\nimport (\n\t\"strings\"\n\t\"time\"\n)\ntype T struct{ n int }\nfunc main() {\n\ttype L struct{ a, b int }\n\tvar v1 struct{ T; x []string }\n\tvar v2 map[string]func(int, ...any) (int, error)\n\tvar v3 [3]*T\n\tvar v4 chan<- <-chan int\n\tvar v5 *strings.Builder\n\tvar v6 time.Duration\n\tvar v7 []interface{ M(); String() string }\n\tvar v8 L\n\tvar v9 func()\n\tvar v10 chan (<-chan int)\n\tvar v11 []error\n\tvar v12 struct{}\n\tprintln(v1.n, v2, v3[0], v4, v5, v6, v7, v8.a, v9, v10, v11, v12 == struct{}{})\n}\n";
    let (file, parse_diags) = minigo_grammar::parse_file(src);
    assert!(parse_diags.is_empty(), "{parse_diags:?}");
    let (checked, diags) = super::check_file(&file);
    assert!(diags.is_empty(), "{diags:?}");
    let mut vars: Vec<_> = checked.objects.iter().filter(|o| o.pkg == "main" && o.name.starts_with('v')).collect();
    vars.sort_by_key(|o| o.span.start);
    let out: Vec<String> = vars.iter().map(|o| checked.types.runtime_string(o.ty)).collect();
    insta::assert_snapshot!(out.join("\n"), @r"
    struct { main.T; x []string }
    map[string]func(int, ...interface {}) (int, error)
    [3]*main.T
    chan<- <-chan int
    *strings.Builder
    time.Duration
    []interface { M(); String() string }
    main.L
    func()
    chan (<-chan int)
    []error
    struct {}
    ");
}

#[test]
fn println_rejects_structs_and_arrays() {
    insta::assert_snapshot!(check_types("package main\ntype S struct{ a int }\nfunc main() { var s S; var a [2]int; println(s, a) }\n"), @r"
    3:45: illegal types for operand: println
    	S
    3:45: illegal types for operand: println
    	[2]int
    ");
}
