# Ten million calls of a function whose cleanup runs in a `finally` block
# (Python's counterpart of a function with one deferred call).
released = 0


def release(k):
    global released
    released += k


def work(i):
    try:
        return i & 7
    finally:
        release(i & 3)


def main():
    n = 10000000
    total = 0
    for i in range(n):
        total += work(i)
    print(f"calls {n} checksum {total + released}")


main()
