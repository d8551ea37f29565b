# maps: int and string keys (counterpart of main.mg)
def main():
    total = 0

    m = {}
    for i in range(600000):
        k = i * 7 % 300007
        m[k] = m.get(k, 0) + i
    for i in range(1200000):
        v = m.get(i)
        if v is not None:
            total += v & 0xFF
    for i in range(0, 300000, 2):
        m.pop(i, None)
    total += len(m)

    keys = ["key" + str(i * 31) for i in range(5000)]
    counts = {}
    for r in range(150):
        for i, k in enumerate(keys):
            if (i + r) % 3 != 0:
                counts[k] = counts.get(k, 0) + 1
    for k in keys:
        total += counts.get(k, 0)
    for k, v in counts.items():
        total += len(k) * v
    total += len(counts)
    print(total)


main()
