"""What the fuzz runner and the reducer share: building Go programs, running
minigo, and comparing the two results (stdout, stderr up to the goroutine
traceback, exit code)."""
import importlib.machinery
import importlib.util
import os
import re
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 20


def _load_normalizer():
    path = os.path.join(ROOT, "scripts", "normalize-stderr")
    loader = importlib.machinery.SourceFileLoader("normalize_stderr", path)
    spec = importlib.util.spec_from_loader("normalize_stderr", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module.normalize


_normalize = _load_normalizer()
_ADDR = re.compile(r"0x[0-9a-f]+")


def normalize_stderr(text):
    """scripts/normalize-stderr's cut (goroutine traceback, `[signal` and `runtime: sp=`
    lines), then addresses masked: they differ per run."""
    return _ADDR.sub("0x…", _normalize(text))


class Result:
    def __init__(self, stdout, stderr, code):
        self.stdout, self.stderr, self.code = stdout, stderr, code

    def to_json(self):
        return {"stdout": self.stdout, "stderr": self.stderr, "code": self.code}

    @staticmethod
    def from_json(d):
        return Result(d["stdout"], d["stderr"], d["code"])


def run_binary(argv, cwd=None):
    try:
        p = subprocess.run(argv, capture_output=True, timeout=TIMEOUT, cwd=cwd)
        code = p.returncode
        out, err = p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        out, err, code = e.stdout or b"", (e.stderr or b"") + b"\n[fuzz: timed out]", -999
    return Result(out.decode("utf-8", "replace"), normalize_stderr(err.decode("utf-8", "replace")), code)


def go_env():
    env = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="")
    return env


def go_build(src_text, workdir):
    """Builds one Go file as module `m` in workdir; returns the binary's path or raises
    RuntimeError with Go's message."""
    os.makedirs(workdir, exist_ok=True)
    with open(os.path.join(workdir, "go.mod"), "w") as f:
        f.write("module m\n\ngo 1.27\n")
    with open(os.path.join(workdir, "main.go"), "w") as f:
        f.write(src_text)
    exe = os.path.join(workdir, "prog")
    p = subprocess.run(["go", "build", "-o", exe, "."], cwd=workdir, capture_output=True,
                       text=True, env=go_env())
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return exe


def go_result(src_text):
    """Builds and runs a standalone program with Go."""
    with tempfile.TemporaryDirectory(prefix="fuzz-go-") as d:
        exe = go_build(src_text, d)
        return run_binary([exe])


def minigo_result(minigo, src_text, name="prog.go"):
    with tempfile.TemporaryDirectory(prefix="fuzz-mg-") as d:
        path = os.path.join(d, name)
        with open(path, "w") as f:
            f.write(src_text)
        return run_binary([minigo, "run", path], cwd=d)


# Throws of Go's own runtime that no Go program can cause on purpose: they
# depend on the runtime's stack layout (e.g. a goroutine stack grown while a
# deferred call runs during a panic makes `recovery` throw "bad recovery").
# Programs on which Go throws one of these are counted apart, not compared.
# A program can also make Go's runtime crash now and then (`SIGSEGV: segmentation
# violation` from goroutine 0, exit 2, or killed by a signal): the runner runs the
# program with Go again before reporting a mismatch, and Go results that change from
# run to run are counted with the faults.
GO_RUNTIME_FAULTS = ("fatal error: bad recovery", "fatal error: bad panic stack",
                     "fatal error: unexpected signal", "fatal error: unknown caller pc",
                     "SIGSEGV: segmentation violation\nPC=")


def go_runtime_fault(go):
    for fault in GO_RUNTIME_FAULTS:
        if fault in go.stderr:
            return fault
    if go.code < 0 and go.code != -999:
        return "killed by signal %d" % -go.code
    return None


def go_is_stable(src_text, first, runs=3):
    """Whether Go gives `first` again on `runs` fresh runs of the program built alone."""
    with tempfile.TemporaryDirectory(prefix="fuzz-go-") as d:
        exe = go_build(src_text, d)
        return all(not differences(first, run_binary([exe])) for _ in range(runs))


def differences(go, mg):
    """The parts that differ, as (what, go's, minigo's) triples."""
    diffs = []
    if go.stdout != mg.stdout:
        diffs.append(("stdout", go.stdout, mg.stdout))
    if go.stderr.rstrip("\n") != mg.stderr.rstrip("\n"):
        diffs.append(("stderr", go.stderr, mg.stderr))
    if go.code != mg.code:
        diffs.append(("exit", str(go.code), str(mg.code)))
    return diffs


def first_difference(a, b):
    """A short report of where two texts start to differ, with a few lines of context."""
    al, bl = a.split("\n"), b.split("\n")
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else "<end>"
        y = bl[i] if i < len(bl) else "<end>"
        if x != y:
            ctx = al[max(0, i - 3):i]
            return "\n".join(["  line %d:" % (i + 1)] + ["    " + c for c in ctx]
                             + ["  - go:     " + x, "  + minigo: " + y])
    return "  (texts differ only in trailing newlines)"


def report(diffs):
    parts = []
    for what, g, m in diffs:
        if what == "exit":
            parts.append("exit: go %s, minigo %s" % (g, m))
        else:
            parts.append("%s differs:\n%s" % (what, first_difference(g, m)))
    return "\n".join(parts)


def default_minigo():
    return os.path.join(ROOT, "target", "release", "minigo")
