# sieve: the sieve of Eratosthenes, repeated (counterpart of main.mg)
def sieve(n):
    composite = [False] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if not composite[i]:
            count += 1
            for j in range(i * i, n + 1, i):
                composite[j] = True
    return count


def main():
    total = 0
    for _ in range(10):
        total += sieve(1000000)
    print(total)


main()
