#!/usr/bin/env bash
# Checks the minigo bodies in the stdlib API files with real Go: the files of
# $pkgs below and container/{list,ring,heap} must compile as Go (an empty .s file lets Go
# accept their bodyless natives), and errors/sort must answer exactly as Go's
# own packages (their private natives emulated with reflect, *_natives.go.txt).
# Usage: stdlib/src/impl_check/run.sh   (prints "impl-check OK" on success)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); src=$(dirname "$here")
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cd "$dir"; printf 'module m\n\ngo 1.27\n' > go.mod
# import path = API file (each package's directory mirrors its import path).
pkgs="errors:errors/errors.mg fmt:fmt/fmt.mg sort:sort/sort.mg os:os/os.mg io:io/io.mg strconv:strconv/strconv.mg
  io/fs:fs/fs.mg internal/oserror:oserror/oserror.mg syscall:syscall/syscall.mg path:path/path.mg
  path/filepath:filepath/filepath.mg bufio:bufio/bufio.mg bytes:bytes/bytes.mg strings:strings/strings.mg sync:sync/sync.mg
  unicode/utf8:utf8/utf8.mg"
for entry in $pkgs; do p=${entry%%:*}; mkdir -p $p; cp "$src/${entry#*:}" $p/api.go; touch $p/stub.s; done
for p in list ring heap; do mkdir -p $p; cp "$src/container/$p/$p.mg" $p/api.go; done
# Imports of these packages name the module's copies.
for entry in $pkgs; do p=${entry%%:*}
  find . -name api.go -exec sed -i -E "s#^(\s*(import )?)\"$p\"\$#\1\"m/$p\"#" {} +
done
sed -i '/^func comparable(target error) bool$/d; /^func checkAsTarget(target any)$/d; /^func asTarget(err error, target any) bool$/d; /^func unwrap(err error) (next error, list \[\]error, kind int)$/d' errors/api.go
sed -i "/^func lenAny(x any) int$/d; /^func swapAny(x any, i, j int)$/d; /^func reverseAny(x any, lo, hi int)$/d; /^func rotateAny(x any, lo, mid, hi int)$/d" sort/api.go
cp "$here/errors_natives.go.txt" errors/natives.go; cp "$here/sort_natives.go.txt" sort/natives.go
mkdir -p cmd; cp "$here/main.go.txt" cmd/main.go
GOFLAGS= GOTOOLCHAIN=local go build ./...
out=$(GOFLAGS= GOTOOLCHAIN=local go run ./cmd)
expected='true true true
true true true
true true
"wrap: code 3\np" "wrap: code 3\np"
true true z
recovered: errors: target cannot be nil'
if [ "$out" != "$expected" ]; then echo "impl-check FAILED:"; echo "$out"; exit 1; fi
echo "impl-check OK"
