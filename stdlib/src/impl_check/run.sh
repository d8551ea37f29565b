#!/usr/bin/env bash
# Checks the stdlib's minigo implementation files with real Go:
# every *_impl.mg must compile as Go, and errors/sort must answer exactly as
# Go's own packages (their natives emulated with reflect, see *_natives.go.txt).
# Usage: stdlib/src/impl_check/run.sh   (prints "impl-check OK" on success)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); src=$(dirname "$here")
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cd "$dir"; printf 'module m\n\ngo 1.27\n' > go.mod
for p in errors fmt sort os; do mkdir -p $p; cp "$src/$p/${p}_impl.mg" $p/impl.go; done
sed -i 's#import "errors"#import "m/errors"#' fmt/impl.go
touch fmt/stub.s os/stub.s
cp "$here/os_types.go.txt" os/types.go
sed -i '/^func comparable(target error) bool$/d; /^func checkAsTarget(target any)$/d; /^func asTarget(err error, target any) bool$/d' errors/impl.go
sed -i '/^func lenAny(x any) int$/d; /^func swapAny(x any, i, j int)$/d' sort/impl.go
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
