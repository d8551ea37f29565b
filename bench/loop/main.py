# loop: integer arithmetic in nested counted loops (counterpart of main.mg)
def main():
    total = 0
    for i in range(4000):
        for j in range(4000):
            total = ((total + i * j) ^ (j >> 2)) & 0xFFFFFFF
    print(total)


main()
