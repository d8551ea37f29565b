# closures: function values and captured mutable state (counterpart of main.mg)
def counter():
    n = 0

    def next_():
        nonlocal n
        n += 1
        return n

    def add(d):
        nonlocal n
        n += d

    return next_, add


def compose(f, g):
    return lambda x: g(f(x))


def main():
    total = 0
    next_, add = counter()
    inc = lambda x: x + 1
    double = lambda x: x * 2 & 0xFFFFF
    h = compose(inc, double)
    for i in range(1500000):
        add(i & 3)
        total += next_() & 0xFF
        total = h(total)
    for r in range(3000):
        fs = []
        for i in range(100):
            fs.append(lambda i=i: i * r)
        for f in fs:
            total = (total + f()) & 0xFFFFFF
    print(total)


main()
