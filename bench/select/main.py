# Two producer generators drained alternately until both are done (Python's
# counterpart of a select loop over two producers).
def produce(n, step):
    for i in range(n):
        yield i * step


def main():
    n = 500000
    gens = [(produce(n, 1), 1), (produce(n, 3), -1)]
    total, count = 0, 0
    while gens:
        live = []
        for g, sign in gens:
            v = next(g, None)
            if v is None:
                continue
            total += sign * v
            count += 1
            live.append((g, sign))
        gens = live
    print(f"received {count} checksum {total}")


main()
