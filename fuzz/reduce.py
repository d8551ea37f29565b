#!/usr/bin/env python3
"""Shrinks a program on which minigo and Go disagree to a small one that still
disagrees.

Usage: fuzz/reduce.py FILE [--minigo PATH] [-o OUT]

FILE is a Go program (e.g. fuzz/out/seed-N.go). The reducer deletes main's
calls, then whole functions, then statements and blocks (a line ending in `{`
with everything up to its matching `}`), and unwraps blocks (keeps an `if` or
`for` body without its header), keeping each change after which Go still
accepts the program and the two still differ in the same parts (stdout,
stderr, exit). It repeats until nothing more can go, then writes the result to
OUT (default FILE with .min.go) and prints the difference."""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import difftest  # noqa: E402


class Oracle:
    def __init__(self, minigo, kinds):
        self.minigo = minigo
        self.kinds = kinds
        self.tries = 0

    def diff(self, text):
        try:
            go = difftest.go_result(text)
        except RuntimeError:
            return None
        mg = difftest.minigo_result(self.minigo, text)
        return difftest.differences(go, mg)

    def keeps(self, lines):
        self.tries += 1
        d = self.diff("\n".join(lines) + "\n")
        return d is not None and {w for w, _, _ in d} == self.kinds


def block_end(lines, i):
    """Index of the last line of the statement starting at line i: the line closing the
    block it opens (same indentation, starting with `}`, following `} else {` chains),
    the loop after a label, or i itself."""
    if re.match(r"^\t*L\d+:$", lines[i]) and i + 1 < len(lines):
        return block_end(lines, i + 1)
    if not lines[i].rstrip().endswith("{"):
        return i
    ind = len(lines[i]) - len(lines[i].lstrip("\t"))
    for j in range(i + 1, len(lines)):
        l = lines[j]
        if l.strip() and len(l) - len(l.lstrip("\t")) == ind and l.lstrip("\t").startswith("}"):
            if l.rstrip().endswith("{"):
                continue  # `} else {`
            return j
    return i


def deletable(line):
    s = line.strip()
    return s and not s.startswith(("package", "import", "//", "}", ")", "case ", "default:")) \
        and not re.match(r'^"\w+"$', s)


def pass_delete(lines, oracle, only_top=False):
    changed = False
    i = len(lines) - 1
    while i >= 0:
        if i < len(lines) and deletable(lines[i]) and (not only_top or not lines[i].startswith("\t")):
            j = block_end(lines, i)
            cand = lines[:i] + lines[j + 1:]
            if oracle.keeps(cand):
                lines[:] = cand
                changed = True
        i -= 1
    return changed


def main_range(lines):
    """Indices of the statements of `func main()` (one line each, or a block)."""
    start = next(i for i, l in enumerate(lines) if l.startswith("func main()"))
    end = block_end(lines, start)
    stmts, i = [], start + 1
    while i < end:
        j = block_end(lines, i)
        stmts.append((i, j))
        i = j + 1
    return stmts


def pass_main_chunks(lines, oracle):
    """Deletes chunks of main's statements, halving the chunk size (ddmin-like)."""
    n = len(main_range(lines))
    size = max(1, n // 2)
    while size >= 1:
        k = 0
        while True:
            stmts = main_range(lines)
            if k >= len(stmts):
                break
            chunk = stmts[k:k + size]
            cand = lines[:chunk[0][0]] + lines[chunk[-1][1] + 1:]
            if oracle.keeps(cand):
                lines[:] = cand
            else:
                k += size
        size //= 2


def pass_unused_functions(lines, oracle):
    """Deletes top-level functions whose name no other line mentions, all at once."""
    while True:
        funcs = []
        for i, l in enumerate(lines):
            m = re.match(r"^func (\w+)\(", l)
            if m and m.group(1) not in ("main",):
                funcs.append((m.group(1), i, block_end(lines, i)))
        dead = []
        for name, i, j in funcs:
            pat = re.compile(r"\b%s\b" % name)
            if not any(pat.search(l) for k, l in enumerate(lines) if not i <= k <= j):
                dead.append((i, j))
        if not dead:
            return
        drop = set()
        for i, j in dead:
            drop.update(range(i, j + 1))
        cand = [l for k, l in enumerate(lines) if k not in drop]
        if not oracle.keeps(cand):
            return
        lines[:] = cand


def pass_unwrap(lines, oracle):
    """Replaces `if c {` / `for ... {` / `func() {` … `}` by its dedented body."""
    changed = False
    i = len(lines) - 1
    while i >= 0:
        if i < len(lines) and lines[i].startswith("\t") and lines[i].rstrip().endswith("{") and \
                not lines[i].strip().startswith("}"):
            j = block_end(lines, i)
            if j > i + 1:
                body = [l[1:] if l.startswith("\t") else l for l in lines[i + 1:j]]
                cand = lines[:i] + body + lines[j + 1:]
                if oracle.keeps(cand):
                    lines[:] = cand
                    changed = True
        i -= 1
    return changed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--minigo", default=difftest.default_minigo())
    ap.add_argument("-o", "--out")
    args = ap.parse_args()
    args.minigo = os.path.abspath(args.minigo)
    text = open(args.file).read()
    out = args.out or re.sub(r"(\.go)?$", ".min.go", args.file, count=1)
    first = Oracle(args.minigo, set()).diff(text)
    if first is None:
        sys.exit("reduce: Go rejects %s" % args.file)
    if not first:
        sys.exit("reduce: minigo and Go agree on %s" % args.file)
    oracle = Oracle(args.minigo, {w for w, _, _ in first})
    lines = [l for l in text.rstrip("\n").split("\n") if l.strip()]
    pass_main_chunks(lines, oracle)
    pass_unused_functions(lines, oracle)
    print("reduce: %d lines after main's calls and unused functions (%d tries)" % (len(lines), oracle.tries),
          file=sys.stderr)
    while True:
        n = len(lines)
        pass_unused_functions(lines, oracle)
        pass_delete(lines, oracle, only_top=True)
        pass_delete(lines, oracle)
        pass_unwrap(lines, oracle)
        print("reduce: %d lines (%d tries)" % (len(lines), oracle.tries), file=sys.stderr)
        if len(lines) == n:
            break
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("reduce: wrote %s (%d lines)" % (out, len(lines)))
    print(difftest.report(oracle.diff("\n".join(lines) + "\n")))


if __name__ == "__main__":
    main()
