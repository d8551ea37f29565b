#!/usr/bin/env python3
"""Differential fuzzing: runs the programs of fuzz/gen.py with Go and with minigo
and compares stdout, stderr up to the goroutine traceback, and the exit code.

Usage: fuzz/run.py [--start S] [--count N] [--batch B] [--jobs J] [--funcs F]
                   [--minigo PATH] [--out DIR] [--no-cache]

Seeds S .. S+N-1 are checked. Go builds B programs at once (one Go file, the
functions of each program prefixed, main dispatching on its argument: see
gen.py --combined); J batches run in parallel. Go's results are cached by
program text under ~/.cache/minigo-fuzz, so a rerun after a minigo fix only
runs minigo. Every mismatching program is written to DIR (default
fuzz/out/) as seed-N.go with seed-N.diff; reduce it with fuzz/reduce.py.
Exit status 1 when any program differs."""
import argparse
import concurrent.futures as cf
import hashlib
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import difftest  # noqa: E402
import gen  # noqa: E402

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "minigo-fuzz")


def cache_path(text):
    h = hashlib.sha256(text.encode()).hexdigest()
    return os.path.join(CACHE, h[:2], h + ".json")


def go_results(seeds, texts, funcs, use_cache):
    """Go's result for each seed: from the cache, else from one combined build."""
    results, missing = {}, []
    for s in seeds:
        p = cache_path(texts[s])
        if use_cache and os.path.exists(p):
            with open(p) as f:
                results[s] = difftest.Result.from_json(json.load(f))
        else:
            missing.append(s)
    if missing:
        with tempfile.TemporaryDirectory(prefix="fuzz-batch-") as d:
            exe = difftest.go_build(gen.combined_text(missing, funcs), d)
            for s in missing:
                results[s] = difftest.run_binary([exe, str(s)])
                if use_cache:
                    p = cache_path(texts[s])
                    os.makedirs(os.path.dirname(p), exist_ok=True)
                    with open(p, "w") as f:
                        json.dump(results[s].to_json(), f)
    return results


def check_batch(seeds, args):
    texts = {s: gen.program_text(s, args.funcs) for s in seeds}
    try:
        gos = go_results(seeds, texts, args.funcs, not args.no_cache)
    except RuntimeError as e:
        return len(seeds), 0, [(seeds[0], None, "Go rejected the batch (a generator bug):\n" + str(e)[:3000])], []
    bad, cases, faults = [], 0, []
    for s in seeds:
        if difftest.go_runtime_fault(gos[s]):
            faults.append(s)
            continue
        mg = difftest.minigo_result(args.minigo, texts[s], "seed-%d.go" % s)
        diffs = difftest.differences(gos[s], mg)
        if diffs and not difftest.go_is_stable(texts[s], gos[s]):
            faults.append(s)  # Go's own result changes from run to run
            continue
        if diffs:
            bad.append((s, texts[s], difftest.report(diffs)))
        cases += texts[s].count('\trun("') + texts[s].count('\trunG("')
    return len(seeds) - len(faults), cases, bad, faults


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--start", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--funcs", type=int, default=None, help="functions per program (default: random 12-30)")
    ap.add_argument("--minigo", default=difftest.default_minigo())
    ap.add_argument("--out", default=os.path.join(difftest.ROOT, "fuzz", "out"))
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--max-report", type=int, default=10, help="mismatches printed in full")
    args = ap.parse_args()
    args.minigo = os.path.abspath(args.minigo)
    if not os.path.exists(args.minigo):
        sys.exit("fuzz: no minigo binary at %s (cargo build --release)" % args.minigo)

    seeds = list(range(args.start, args.start + args.count))
    batches = [seeds[i:i + args.batch] for i in range(0, len(seeds), args.batch)]
    t0 = time.time()
    done = cases = 0
    mismatches, faults = [], []
    with cf.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(check_batch, b, args) for b in batches]
        for fut in cf.as_completed(futures):
            n, c, bad, f = fut.result()
            faults += f
            done += n
            cases += c
            for s, text, rep in bad:
                mismatches.append(s)
                os.makedirs(args.out, exist_ok=True)
                if text is not None:
                    with open(os.path.join(args.out, "seed-%d.go" % s), "w") as f:
                        f.write(text)
                with open(os.path.join(args.out, "seed-%d.diff" % s), "w") as f:
                    f.write(rep + "\n")
                if len(mismatches) <= args.max_report:
                    print("MISMATCH seed %d:\n%s" % (s, rep), flush=True)
            print("fuzz: %d/%d programs compared, %d cases, %d mismatching, %d skipped (Go runtime fault), %.0f s"
                  % (done, len(seeds), cases, len(mismatches), len(faults), time.time() - t0), flush=True)
    if mismatches:
        print("fuzz: mismatching seeds: %s (programs in %s; reduce with fuzz/reduce.py)"
              % (" ".join(map(str, sorted(mismatches))), args.out))
        sys.exit(1)
    if faults:
        print("fuzz: Go's runtime faulted or was not deterministic on seeds %s (fuzz/README.md)"
              % " ".join(map(str, sorted(faults)[:20])))
    print("fuzz: all %d compared programs (%d cases) agree with Go" % (done, cases))


if __name__ == "__main__":
    main()
