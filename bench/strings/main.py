# strings: building, concatenating and converting strings (counterpart of main.mg)
def main():
    total = 0
    for r in range(40):
        parts = []
        for i in range(20000):
            parts.append(str(i * r))
            parts.append(" ")
        s = "".join(parts)
        total += len(s)

        for i in range(2000):
            t = "n" + str(i) + ":" + str(r)
            try:
                n = int(t[1:len(t) - 2])
            except ValueError:
                continue
            total += n + len(t)

        acc = ""
        for i in range(1000):
            acc += str(i % 10)
        total += len(acc) + ord(acc[len(acc) // 2])
    print(total)


main()
