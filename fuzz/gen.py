#!/usr/bin/env python3
"""Random Go programs for differential fuzzing of minigo against Go.

Each program is a batch of random functions `fN() (r int)` built from the
constructs minigo's VM exists for: nested defers, panics of every value kind,
recover in every form and at every depth, repanics, runtime errors, named
results changed by deferred calls, runtime.Goexit in goroutines (also during
panics), closures over loop variables, method values, channels and select,
labelled loops. main runs every function under a recovering harness (`run`,
or `runG` in a goroutine for functions that may call Goexit) and prints what
it returned or how it panicked, so one program checks dozens of cases; some
programs end with an unrecovered call, to compare crash output.

Programs are deterministic: no map iteration, no races (every select has at
most one ready case, goroutines are joined through channels), no addresses.
They terminate: loops are bounded and a function only calls functions with a
smaller index.

Usage: gen.py SEED [--funcs N]           one program on stdout
       gen.py --combined SEED... [--funcs N]
                                         one Go file holding the programs of
                                         all SEEDs (functions prefixed pSEED_),
                                         main dispatching on os.Args[1]; it is
                                         how the runner builds many programs
                                         with one `go build`
"""
import random
import sys

GEN_VERSION = 5

PRELUDE_TYPES = r'''
var errBase = errors.New("base error")

// Locals start from base0 rather than from constants: gc boxes a local that is
// never reassigned and holds a constant like a constant (one shared interface
// value), which minigo does not model yet (fuzz/README.md).
var base0 = 0

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

type PtrErr struct{ msg string }

func (e *PtrErr) Error() string { return "ptrerr " + e.msg }

type Pt struct{ X, Y int }

type MyStr string

type Named int

func (n Named) String() string { return fmt.Sprintf("Named(%d)", int(n)) }

type BadStr int

func (b BadStr) String() string { panic(fmt.Sprint("String of BadStr ", int(b))) }

type BadErr struct{ n int }

func (e BadErr) Error() string {
	if e.n > 2 {
		panic(fmt.Sprint("Error of BadErr ", e.n))
	}
	return fmt.Sprint("baderr ", e.n)
}

type Acc struct{ n int }

func (a Acc) Get() int { return a.n }

func (a *Acc) Add(k int) int { a.n += k; return a.n }

func (a Acc) Show(tag string) { fmt.Println(tag, "acc", a.n) }

func (a Acc) Rec(tag string) { fmt.Println(tag, "method recover:", show(recover())) }

func (a *Acc) PRec(tag string) { fmt.Println(tag, "pmethod recover:", a.n, show(recover())) }

type Getter interface{ Get() int }

func show(r any) string {
	if r == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%T %v", r, r)
}

func helperRecover() any { return recover() }

func recNamed(tag string) { fmt.Println(tag, "named recover:", show(recover())) }

func recVariadic(tag string, xs ...int) { fmt.Println(tag, "variadic recover:", xs, show(recover())) }

func catch(tag string, f func() int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(tag, "caught:", show(r))
			v = -1
		}
	}()
	return f()
}

func run(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", show(r))
		}
	}()
	fmt.Println(name, "returned", f())
}

func runG(name string, f func() int) {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println(name, "goroutine end:", show(recover())) }()
		fmt.Println(name, "returned", f())
	}()
	<-done
}

func goroutines() int { return runtime.NumGoroutine() }
'''


class Fn:
    def __init__(self, idx, goroutine):
        self.idx = idx
        self.goroutine = goroutine  # may call runtime.Goexit: run only in a goroutine
        self.defers_recover = False  # its body has `defer recover()`: never deferred itself


class Ctx:
    """Where a statement is generated."""

    def __init__(self, fn, closure=False, deferred=False, labels=(), loopvars=(), depth=0):
        self.fn = fn
        self.closure = closure      # inside a func literal (bare `return`)
        self.deferred = deferred    # the literal is a deferred call
        self.labels = labels        # enclosing loop labels usable by break/continue
        self.loopvars = loopvars
        self.depth = depth

    def inner(self, **kw):
        d = dict(fn=self.fn, closure=self.closure, deferred=self.deferred, labels=self.labels,
                 loopvars=self.loopvars, depth=self.depth + 1)
        d.update(kw)
        return Ctx(**d)


class Gen:
    def __init__(self, seed, nfuncs=None, prefix=""):
        self.rng = random.Random(seed)
        self.seed = seed
        self.prefix = prefix
        self.nfuncs = nfuncs or self.rng.randint(12, 30)
        self.fns = []
        self.tagn = 0
        self.labeln = 0
        self.out = []

    # ---- helpers ----
    def r(self, n):
        return self.rng.randrange(n)

    def chance(self, p):
        return self.rng.random() < p

    def tag(self, ctx):
        self.tagn += 1
        return '"f%d.%d"' % (ctx.fn.idx, self.tagn)

    def fname(self, i):
        return "%sf%d" % (self.prefix, i)

    def var(self, ctx):
        vs = ["x0", "x1", "x2"] + list(ctx.loopvars)
        if not ctx.closure:
            vs.append("r")
        else:
            vs.append("r")
        return self.rng.choice(vs)

    def lvar(self, ctx):
        return self.rng.choice(["x0", "x1", "x2", "r"])

    def expr(self, ctx, depth=0):
        k = self.r(10)
        if depth > 1 or k < 3:
            return str(self.rng.randint(-3, 9))
        if k < 6:
            return self.var(ctx)
        op = self.rng.choice(["+", "-", "*", "+", "&", "^", "%"])
        a = self.expr(ctx, depth + 1)
        if op == "%":
            return "(%s %% %d)" % (a, self.rng.randint(2, 7))
        return "(%s %s %s)" % (a, op, self.expr(ctx, depth + 1))

    def cond(self, ctx):
        return "%s %s %s" % (self.var(ctx), self.rng.choice(["<", ">", "==", "!=", ">="]),
                             self.rng.randint(-2, 8))

    def panic_value(self, ctx):
        t = ctx.fn.idx
        choices = [
            lambda: self.expr(ctx),
            lambda: '"boom %d"' % t,
            lambda: '"multi\\nline %d"' % t,
            lambda: 'errors.New("err %d")' % t,
            lambda: 'fmt.Errorf("wrapped %%d: %%w", %s, errBase)' % self.var(ctx),
            lambda: "MyErr{code: %s}" % self.var(ctx),
            lambda: '&PtrErr{msg: "p%d"}' % t,
            lambda: "Pt{X: %s, Y: %d}" % (self.var(ctx), t),
            lambda: 'MyStr("ms%d")' % t,
            lambda: "Named(%s)" % self.var(ctx),
            lambda: "nil",
            lambda: "error(nil)",
            lambda: "float64(%s) / 4" % self.var(ctx),
            lambda: "%s > 2" % self.var(ctx),
            lambda: "uint8(%s)" % self.var(ctx),
            lambda: "[]int{%s, %d}" % (self.var(ctx), t),
            lambda: "BadStr(%d)" % t,
            lambda: "BadErr{%s}" % self.var(ctx),
            lambda: "(*PtrErr)(nil)",
        ]
        weights = [6, 5, 1, 4, 2, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]
        return self.rng.choices(choices, weights)[0]()

    # ---- statements ----
    def block(self, ctx, n):
        lines = []
        for _ in range(n):
            lines += self.stmt(ctx)
        return lines

    def indent(self, lines):
        return ["\t" + l for l in lines]

    def stmt(self, ctx):
        deep = ctx.depth >= 3
        kinds = [
            ("print", 8), ("assign", 8), ("if", 0 if deep else 5), ("loop", 0 if deep else 3),
            ("defer", 0 if ctx.depth >= 4 else 9), ("panic", 3), ("rterr", 3), ("call", 5),
            ("closures", 1), ("chan", 3), ("method", 2), ("return", 2), ("recover_here", 1),
            ("goexit", 2 if ctx.fn.goroutine else 0), ("brk", 4 if ctx.labels else 0),
            ("literal", 0 if deep else 2), ("goping", 1), ("recursion", 0 if deep else 1),
            ("nil_iface_defer", 1), ("values", 4),
        ]
        kind = self.rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        return getattr(self, "s_" + kind)(ctx)

    def s_print(self, ctx):
        return ["fmt.Println(%s, %s, %s)" % (self.tag(ctx), self.var(ctx), self.var(ctx))]

    def s_assign(self, ctx):
        op = self.rng.choice(["=", "+=", "-=", "*=", "="])
        return ["%s %s %s" % (self.lvar(ctx), op, self.expr(ctx))]

    def s_if(self, ctx):
        lines = ["if %s {" % self.cond(ctx)] + self.indent(self.block(ctx.inner(), self.rng.randint(1, 3)))
        if self.chance(0.5):
            lines += ["} else {"] + self.indent(self.block(ctx.inner(), self.rng.randint(1, 3)))
        return lines + ["}"]

    def s_loop(self, ctx):
        self.labeln += 1
        lab = "L%d" % self.labeln
        iv = "i%d" % self.labeln
        n = self.rng.randint(1, 4)
        body = ["if %s == %d {" % (iv, self.r(n + 1)), "\tcontinue %s" % lab, "}"]
        inner = ctx.inner(labels=ctx.labels + (lab,), loopvars=ctx.loopvars + (iv,))
        body += self.block(inner, self.rng.randint(1, 4))
        if self.chance(0.3):
            body += ["if %s > %d {" % (iv, self.r(3)), "\tbreak %s" % lab, "}"]
        return ["%s:" % lab, "for %s := 0; %s < %d; %s++ {" % (iv, iv, n, iv)] + self.indent(body) + ["}"]

    def s_brk(self, ctx):
        lab = self.rng.choice(ctx.labels)
        return ["if %s {" % self.cond(ctx), "\t%s %s" % (self.rng.choice(["break", "continue"]), lab), "}"]

    def s_return(self, ctx):
        if ctx.closure:
            return ["if %s {" % self.cond(ctx), "\treturn", "}"]
        if self.chance(0.5):
            return ["if %s {" % self.cond(ctx), "\treturn %s" % self.expr(ctx), "}"]
        return ["if %s {" % self.cond(ctx), "\treturn", "}"]  # named result: bare return

    def s_panic(self, ctx):
        v = self.panic_value(ctx)
        if self.chance(0.6):
            return ["if %s {" % self.cond(ctx), "\tpanic(%s)" % v, "}"]
        return ["panic(%s)" % v]

    def s_recover_here(self, ctx):
        return ["fmt.Println(%s, \"recover here:\", show(recover()))" % self.tag(ctx)]

    def s_goexit(self, ctx):
        if self.chance(0.5):
            return ["if %s {" % self.cond(ctx), "\truntime.Goexit()", "}"]
        return ["runtime.Goexit()"]

    def s_rterr(self, ctx):
        v, w = self.var(ctx), self.var(ctx)
        t = self.tag(ctx)
        k = self.r(12)
        if k == 0:
            return ["%s += []int{1, 2, 3}[%s]" % (self.lvar(ctx), v)]
        if k == 1:
            return ["{", "\tvar m map[string]int", "\tif %s {" % self.cond(ctx), "\t\tm = map[string]int{}",
                    "\t}", "\tm[%s] = %s" % (t, v), "\t%s += len(m)" % self.lvar(ctx), "}"]
        if k == 2:
            return ["%s = %s / %s" % (self.lvar(ctx), v, w)]
        if k == 3:
            return ["%s = %s %% %s" % (self.lvar(ctx), v, w)]
        if k == 4:
            return ["{", "\tp := &Pt{X: %s}" % v, "\tif %s {" % self.cond(ctx), "\t\tp = nil", "\t}",
                    "\t%s += p.X" % self.lvar(ctx), "}"]
        if k == 5:
            return ["{", "\tvar a any = %s" % v, "\tif %s {" % self.cond(ctx), "\t\ta = %s" % t, "\t}",
                    "\t%s += a.(int)" % self.lvar(ctx), "}"]
        if k == 6:
            return ["{", "\tvar a any = MyErr{%s}" % v, "\tif %s {" % self.cond(ctx), "\t\ta = Pt{}", "\t}",
                    "\t_ = a.(error)", "}"]
        if k == 7:
            return ["{", "\ts := []int{1, 2, 3, 4}", "\t%s += len(s[%s:])" % (self.lvar(ctx), "%s & 7" % v), "}"]
        if k == 8:
            return ["%s = %s << %s" % (self.lvar(ctx), v, w)]
        if k == 9:
            return ["{", "\tvar fn func() int", "\tif %s {" % self.cond(ctx), "\t\tfn = func() int { return %s }" % v,
                    "\t}", "\t%s += fn()" % self.lvar(ctx), "}"]
        if k == 10:
            return ["{", "\tvar g Getter", "\tif %s {" % self.cond(ctx), "\t\tg = Acc{%s}" % v, "\t}",
                    "\t%s += g.Get()" % self.lvar(ctx), "}"]
        return ["{", "\tvar e error = MyErr{%s}" % v, "\tif %s {" % self.cond(ctx), "\t\te = &PtrErr{}", "\t}",
                "\tfmt.Println(%s, e.(MyErr).code)" % t, "}"]

    def callee(self, ctx):
        lower = [f for f in self.fns if f.idx < ctx.fn.idx and (ctx.fn.goroutine or not f.goroutine)]
        return self.rng.choice(lower) if lower else None

    def s_call(self, ctx):
        f = self.callee(ctx)
        if f is None:
            return self.s_print(ctx)
        k = self.r(4)
        if k == 0:
            return ["%s += catch(%s, %s)" % (self.lvar(ctx), self.tag(ctx), self.fname(f.idx))]
        return ["%s += %s()" % (self.lvar(ctx), self.fname(f.idx))]

    def s_closures(self, ctx):
        self.labeln += 1
        n = self.labeln
        k = self.r(3)
        if k == 0:
            return ["{", "\tvar fs []func() int", "\tfor i := 0; i < %d; i++ {" % self.rng.randint(1, 4),
                    "\t\tfs = append(fs, func() int { return i*%d + %s })" % (self.rng.randint(1, 9), self.var(ctx)),
                    "\t}", "\tfor _, fn := range fs {", "\t\t%s += fn()" % self.lvar(ctx), "\t}", "}"]
        if k == 1:
            return ["for i%d := 0; i%d < %d; i%d++ {" % (n, n, self.rng.randint(1, 3), n),
                    "\tdefer func() { fmt.Println(%s, i%d, %s) }()" % (self.tag(ctx), n, self.var(ctx)), "}"]
        return ["for _, v%d := range []int{%s, %s} {" % (n, self.var(ctx), self.expr(ctx)),
                "\tdefer fmt.Println(%s, v%d)" % (self.tag(ctx), n), "\t%s += v%d" % (self.lvar(ctx), n), "}"]

    def s_method(self, ctx):
        t = self.tag(ctx)
        k = self.r(6)
        if k == 0:
            return ["{", "\tm := acc.Get", "\tacc.n += %s" % self.expr(ctx), "\t%s += m() + acc.Get()" % self.lvar(ctx), "}"]
        if k == 1:
            return ["{", "\tad := acc.Add", "\t%s += ad(%s)" % (self.lvar(ctx), self.expr(ctx)), "}"]
        if k == 2:
            return ["{", "\tvar g Getter = acc", "\tacc.n++", "\t%s += g.Get() + Acc.Get(acc)" % self.lvar(ctx), "}"]
        if k == 3:
            return ["defer acc.Show(%s)" % t]
        if k == 4:
            return ["defer acc.Add(%s)" % self.expr(ctx), "acc.n += 10"]
        return ["acc.n = %s" % self.expr(ctx)]

    def s_chan(self, ctx):
        t = self.tag(ctx)
        k = self.r(6)
        if k == 0:
            return ["select {", "case ch <- %s:" % self.expr(ctx), "\tfmt.Println(%s, \"sent\")" % t,
                    "case <-nilch:", "\tfmt.Println(\"impossible\")", "default:", "\tfmt.Println(%s, \"full\")" % t, "}"]
        if k == 1:
            return ["select {", "case v, ok := <-ch:", "\tfmt.Println(%s, \"recv\", v, ok)" % t,
                    "\t%s += v" % self.lvar(ctx), "case nilch <- 1:", "\tfmt.Println(\"impossible\")",
                    "default:", "\tfmt.Println(%s, \"empty\")" % t, "}"]
        if k == 2:
            return ["if %s {" % self.cond(ctx), "\tclose(ch)", "}"]
        if k == 3:
            return ["%s += len(ch) + cap(ch)" % self.lvar(ctx)]
        if k == 4:
            return ["defer close(ch)"]
        return ["select {", "case ch <- %s:" % self.var(ctx), "default:", "}", "fmt.Println(%s, len(ch))" % t]

    def s_goping(self, ctx):
        return ["{", "\tc := make(chan int)", "\tgo func() { c <- %s }()" % self.expr(ctx),
                "\t%s += <-c" % self.lvar(ctx), "}"]

    def s_recursion(self, ctx):
        """A recursive closure panicking at the bottom, recovered at a random depth (or not)."""
        t = self.tag(ctx)
        d = self.rng.randint(1, 6)
        at = self.rng.randint(-1, d)
        return ["{", "\tvar rec func(n int) int", "\trec = func(n int) int {",
                "\t\tdefer func() {", "\t\t\tif n == %d {" % at,
                "\t\t\t\tfmt.Println(%s, \"depth\", n, show(recover()))" % t, "\t\t\t}", "\t\t}()",
                "\t\tif n == 0 {", "\t\t\tpanic(%s)" % self.panic_value(ctx), "\t\t}",
                "\t\treturn rec(n-1) + n", "\t}", "\t%s += rec(%d)" % (self.lvar(ctx), d), "}"]

    def s_nil_iface_defer(self, ctx):
        """`defer g.Get()` evaluates the method value at once: a nil interface panics there."""
        return ["{", "\tvar g Getter", "\tif %s {" % self.cond(ctx), "\t\tg = acc", "\t}", "\tdefer g.Get()", "}"]

    INT_TYPES = ["int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64"]

    def typed(self, ctx, ty):
        """An expression of integer type `ty` from the function's variables."""
        k = self.r(4)
        if k == 0:
            return "%s(%s)" % (ty, self.var(ctx))
        if k == 1:
            return "%s(%s*%d)" % (ty, self.var(ctx), self.rng.choice([37, 1000, 65537, -129, 1 << 20]))
        if k == 2:
            return "%s(%s) %s %s(%s)" % (ty, self.var(ctx), self.rng.choice(["+", "-", "*", "|", "&^"]), ty, self.var(ctx))
        return "%s(%s) ^ %d" % (ty, self.var(ctx), self.rng.randint(0, 127))  # never a constant: no overflow errors

    def s_values(self, ctx):
        """Arithmetic in every integer width, floats, strings, slices, maps, arrays and
        structs, printed with assorted verbs; operands come from the variables, so
        divisions, shifts, indexes and slices may panic."""
        t = self.tag(ctx)
        k = self.r(8)
        if k == 0:
            ty = self.rng.choice(self.INT_TYPES)
            op = self.rng.choice(["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>"])
            verb = self.rng.choice(["%v", "%d", "%x", "%X", "%o", "%b", "%08d", "%-5d|", "%+d", "%#x", "%c", "%q", "%U"])
            if op in ("<<", ">>"):
                rhs = "(%s & 63)" % self.var(ctx) if self.chance(0.7) else self.var(ctx)
                e = "(%s) %s %s" % (self.typed(ctx, ty), op, rhs)
            else:
                e = "(%s) %s (%s)" % (self.typed(ctx, ty), op, self.typed(ctx, ty))
            return ['fmt.Printf("%%s %s %s\\n", %s, %s)' % (ty, verb, t, e)]
        if k == 1:
            a, b = self.var(ctx), self.var(ctx)
            verb = self.rng.choice(["%v", "%g", "%.3f", "%e", "%8.2f", "%G", "%x"])
            ft = self.rng.choice(["float64", "float32"])
            return ['fmt.Printf("%%s %s\\n", %s, %s(%s)/%s(%s)*1.5)' % (verb, t, ft, a, ft, b),
                    "%s += int(%s(%s) / 3)" % (self.lvar(ctx), ft, self.var(ctx))]
        if k == 2:
            lo, hi = self.var(ctx), self.var(ctx)
            return ["{", '\tstr := fmt.Sprint("héllo, ", %s, " wörld")' % self.var(ctx),
                    "\tsub := str[%s&7 : %s&15]" % (lo, hi),
                    '\tfmt.Printf("%%s %%q %%x %%d %%v\\n", %s, sub, sub, len(sub), []byte(sub))' % t,
                    "\tfor i, c := range sub {", '\t\tfmt.Print(i, ":", string(c), " ")', "\t}", "\tfmt.Println()", "}"]
        if k == 3:
            return ["{", "\ts := make([]int, %s&3, 8)" % self.var(ctx), "\tt := append(s, %s, %s)" % (self.var(ctx), self.expr(ctx)),
                    "\tu := append(s, %s)" % self.var(ctx), "\tt[0]++",
                    '\tfmt.Println(%s, s, t, u, len(t), cap(t), t[:cap(t)][%s&7])' % (t, self.var(ctx)),
                    "\tcopy(s, t[1:])", "\t%s += s[0] + len(u)" % self.lvar(ctx), "}"]
        if k == 4:
            return ["{", "\tm := map[int]string{%s: \"a\", %s: \"b\"}" % (self.var(ctx), self.expr(ctx)),
                    "\tm[%s] += \"c\"" % self.var(ctx), "\tdelete(m, %s)" % self.var(ctx),
                    "\tv, ok := m[%s]" % self.var(ctx), '\tfmt.Println(%s, m, len(m), v, ok)' % t, "}"]
        if k == 5:
            return ["{", "\ta := [3]Pt{{%s, 1}, {2, %s}}" % (self.var(ctx), self.var(ctx)), "\tb := a",
                    "\tb[%s&1].X++" % self.var(ctx), "\tp := &a[2]", "\tp.Y = %s" % self.expr(ctx),
                    '\tfmt.Printf("%%s %%v %%+v %%v %%v\\n", %s, a, b, a == b, a[0] == Pt{%s, 1})' % (t, self.var(ctx)), "}"]
        if k == 6:
            return ["{", "\tvar i any = %s" % self.rng.choice(["uint8(%s)" % self.var(ctx), "Named(%s)" % self.var(ctx),
                                                            'MyStr("x")', "Pt{%s, 2}" % self.var(ctx), "int64(%s)" % self.var(ctx)]),
                    "\tswitch v := i.(type) {", "\tcase fmt.Stringer:", '\t\tfmt.Println(%s, "stringer", v)' % t,
                    "\tcase uint8, int64:", '\t\tfmt.Printf("%%s %%T %%v\\n", %s, v, v)' % t,
                    "\tdefault:", '\t\tfmt.Printf("%%s %%T %%#v\\n", %s, v, v)' % t, "\t}", "}"]
        return ['fmt.Printf("%%s %%5.2s|%%-6v|%%06.2f|%%t|%%v\\n", %s, "abcdef", %s, float64(%s)/7, %s > 0, []any{%s, "s", nil, 2.5})'
                % (t, self.var(ctx), self.var(ctx), self.var(ctx), self.var(ctx))]

    def s_literal(self, ctx):
        body = self.block(ctx.inner(closure=True, deferred=False, labels=()), self.rng.randint(1, 3))
        return ["func() {"] + self.indent(body) + ["}()"]

    def s_defer(self, ctx):
        t = self.tag(ctx)
        k = self.rng.choices(range(21), [8, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 1, 3])[0]
        sub = ctx.inner(closure=True, deferred=True, labels=())
        if k == 0:
            body = self.block(sub, self.rng.randint(1, 4))
            return ["defer func() {"] + self.indent(body) + ["}()"]
        if k == 1:
            return ["defer func() { fmt.Println(%s, \"recover:\", show(recover())) }()" % t]
        if k == 2:
            return ["defer func() {", "\tif rv := recover(); rv != nil {", "\t\tfmt.Println(%s, \"repanic\")" % t,
                    "\t\tpanic(rv)", "\t}", "}()"]
        if k == 3:
            return ["defer func() { fmt.Println(%s, \"helper:\", show(helperRecover())) }()" % t]
        if k == 4:
            # `defer recover()` run by the return of a frame that a panic's deferred call
            # pushed, after that frame recovered a newer panic, recovers or not in Go
            # depending on the compiler's inlining (fuzz/README.md): only frames no panic
            # pushes get it (function bodies never deferred, literals called directly).
            if ctx.deferred:
                return ["defer recNamed(%s)" % t]
            ctx.fn.defers_recover = True
            return ["defer recover()"]
        if k == 5:
            return ["defer recNamed(%s)" % t]
        if k == 6:
            return ["defer recVariadic(%s, %s, %d)" % (t, self.var(ctx), ctx.fn.idx)]
        if k == 7:
            return ["defer Acc{%s}.Rec(%s)" % (self.var(ctx), t)]
        if k == 8:
            return ["defer (&acc).PRec(%s)" % t]
        if k == 9:
            body = self.block(sub, self.rng.randint(0, 3))
            return (["defer func() {", "\tdefer func() { fmt.Println(%s, \"inner:\", show(recover())) }()" % t]
                    + self.indent(body) + ["}()"])
        if k == 10:
            return ["defer func() {", "\tfunc() { fmt.Println(%s, \"literal:\", show(recover())) }()" % t, "}()"]
        if k == 11:  # SEMANTICS.md §3.2b, both depths; no recovery inside (see k == 4)
            if self.chance(0.3):
                return ["defer func() {", "\tfunc() { defer recover() }()", "}()"]
            return ["defer func() {", "\tdefer recover()"] + self.indent(self.s_print(sub)) + ["}()"]
        if k == 12:
            return ["defer func() {", "\trv := recover()", "\tpanic(fmt.Sprint(%s, \" wrapped \", rv))" % t, "}()"]
        if k == 13:
            return ["defer func() {", "\tif recover() != nil {", "\t\tr = %s" % self.expr(ctx), "\t}", "}()"]
        if k == 14:
            return ["defer func() { panic(recover()) }()"]
        if k == 20:
            return ["defer func() {", "\tswitch v := recover().(type) {", "\tcase nil:",
                    "\t\tfmt.Println(%s, \"nothing to recover\")" % t, "\tcase runtime.Error:",
                    "\t\tfmt.Println(%s, \"runtime.Error\", v.Error())" % t, "\tcase error:",
                    "\t\tvar pe *PtrErr",
                    "\t\tfmt.Println(%s, \"error\", v, errors.Is(v, errBase), errors.As(v, &pe))" % t,
                    "\tcase fmt.Stringer:", "\t\tfmt.Println(%s, \"Stringer\")" % t,
                    "\tcase string, int:", "\t\tfmt.Println(%s, \"string or int\", v)" % t,
                    "\tdefault:", "\t\tfmt.Printf(\"%%s other %%T\\n\", %s, v)" % t, "\t}", "}()"]
        if k == 15:
            return ["defer panic(%s)" % self.panic_value(ctx)]
        if k == 16:
            if ctx.fn.goroutine:
                return ["defer runtime.Goexit()"]
            return ["defer fmt.Println(%s, %s, %s)" % (t, self.var(ctx), self.expr(ctx))]
        if k == 17:
            return ["defer fmt.Println(%s, %s, %s)" % (t, self.var(ctx), self.expr(ctx))]
        if k == 18:
            f = self.callee(ctx)
            if f is None or f.defers_recover:
                return ["defer func() { r *= 2 }()"]
            return ["defer %s()" % self.fname(f.idx)]
        return ["{", "\tvar fn func()", "\tif %s {" % self.cond(ctx),
                "\t\tfn = func() { fmt.Println(%s, \"deferred fn\") }" % t, "\t}", "\tdefer fn()", "}"]

    # ---- program ----
    def function(self, f):
        ctx = Ctx(f)
        body = [
            "x0, x1, x2 := base0+%d, base0+%d, base0+%d" % (self.rng.randint(-2, 5), self.rng.randint(0, 9), self.rng.randint(-5, 5)),
            "ch := make(chan int, %d)" % self.rng.randint(1, 3),
            "acc := Acc{n: %d}" % self.r(5),
            "var nilch chan int",
            "_, _, _, _, _, _ = x0, x1, x2, ch, acc, nilch",
        ]
        body += self.block(ctx, self.rng.randint(3, 9))
        body.append("return %s" % self.expr(ctx))
        return ["func %s() (r int) {" % self.fname(f.idx)] + self.indent(body) + ["}", ""]

    def program(self):
        for i in range(self.nfuncs):
            self.fns.append(Fn(i, self.chance(0.25)))
        lines = []
        for f in self.fns:
            lines += self.function(f)
        main = []
        for f in self.fns:
            runner = "runG" if f.goroutine else "run"
            main.append('%s("f%d", %s)' % (runner, f.idx, self.fname(f.idx)))
        if self.chance(0.3):  # end with an unrecovered call: compare crash output
            f = self.rng.choice(self.fns)
            if f.goroutine and self.chance(0.3):  # runtime.Goexit may end main itself
                main.append('defer fmt.Println("main\'s defer")')
                main.append('fmt.Println("last", %s())' % self.fname(f.idx))
            elif f.goroutine:
                main += ["done := make(chan bool)",
                         'go func() { fmt.Println("last", %s()); close(done) }()' % self.fname(f.idx), "<-done"]
            else:
                if self.chance(0.3):
                    main.append('defer fmt.Println("main\'s defer")')
                main.append('fmt.Println("last", %s())' % self.fname(f.idx))
        main.append('fmt.Println("end")')
        lines += ["func %smain() {" % self.prefix] + self.indent(main) + ["}", ""]
        return lines


HEADER = 'package main\n\nimport (\n%s)\n'


def program_text(seed, nfuncs=None):
    g = Gen(seed, nfuncs)
    imports = "".join('\t"%s"\n' % p for p in ["errors", "fmt", "runtime"])
    return "// fuzz program, seed %d (fuzz/gen.py v%d)\n" % (seed, GEN_VERSION) + \
        HEADER % imports + PRELUDE_TYPES + "\n" + "\n".join(g.program())


def combined_text(seeds, nfuncs=None):
    imports = "".join('\t"%s"\n' % p for p in ["errors", "fmt", "os", "runtime"])
    out = [HEADER % imports, PRELUDE_TYPES]
    disp = []
    for s in seeds:
        g = Gen(s, nfuncs, prefix="p%d_" % s)
        out.append("\n".join(g.program()))
        disp.append('\tcase "%d":\n\t\tp%d_main()' % (s, s))
    out.append("func main() {\n\tswitch os.Args[1] {\n%s\n\t}\n}\n" % "\n".join(disp))
    return "\n".join(out)


def main(argv):
    nfuncs = None
    if "--funcs" in argv:
        i = argv.index("--funcs")
        nfuncs = int(argv[i + 1])
        del argv[i:i + 2]
    if argv and argv[0] == "--combined":
        sys.stdout.write(combined_text([int(a) for a in argv[1:]], nfuncs))
    else:
        sys.stdout.write(program_text(int(argv[0]), nfuncs))


if __name__ == "__main__":
    main(sys.argv[1:])
