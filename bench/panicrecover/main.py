# One million raise + except round trips (Python's counterpart of panic and
# recover): a function raises with an int, its caller catches it.
class Fail(Exception):
    pass


def may_fail(i):
    if i >= 0:
        raise Fail(i)


def attempt(i):
    try:
        may_fail(i)
        return -1
    except Fail as e:
        return e.args[0] & 7


def main():
    n = 1000000
    total = 0
    for i in range(n):
        total += attempt(i)
    print(f"round trips {n} checksum {total}")


main()
