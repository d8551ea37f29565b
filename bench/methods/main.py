# methods: dynamic dispatch through classes (counterpart of main.mg)
class Adder:
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n

    def apply(self, x):
        return x + self.n


class Multiplier:
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n

    def apply(self, x):
        return x * self.n & 0xFFFFF


class Xorer:
    __slots__ = ("mask", "calls")

    def __init__(self, mask):
        self.mask = mask
        self.calls = 0

    def apply(self, v):
        self.calls += 1
        return v ^ self.mask


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, q):
        return self.x * q.x + self.y * q.y


def main():
    xr = Xorer(0x5A5A)
    ops = [Adder(3), Multiplier(5), xr, Adder(7)]
    x = 1
    for i in range(1500000):
        x = ops[i & 3].apply(x)
    p = Point(3, 4)
    total = 0
    for i in range(500000):
        total = (total + p.dot(Point(i, -i))) & 0xFFFFFF
    print(x, xr.calls, total)


main()
