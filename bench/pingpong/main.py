# One million round trips between the main program and a generator (Python's
# counterpart of two goroutines over unbuffered channels).
def echo():
    v = yield
    while True:
        v = yield v + 1


def main():
    n = 1000000
    g = echo()
    next(g)
    total = 0
    for i in range(n):
        total += g.send(i)
    print(f"round trips {n} checksum {total}")


main()
