# wc: counts the lines, words and bytes of the file named by the first
# argument, reading it line by line (constant memory).
import sys

lines = words = nbytes = 0
with open(sys.argv[1], "rb") as f:
    for line in f:
        lines += 1
        words += len(line.split())
        nbytes += len(line)
print(lines, words, nbytes)
