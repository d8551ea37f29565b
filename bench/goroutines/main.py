# 100,000 generators created, each run once to completion (Python's counterpart
# of spawning goroutines joined by a WaitGroup).
def work(i, out):
    out[i] = i * i % 7
    yield


def main():
    n = 100000
    out = [0] * n
    pending = [work(i, out) for i in range(n)]
    for g in pending:
        next(g)
    print(f"goroutines {n} checksum {sum(out)}")


main()
