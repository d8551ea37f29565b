# Writes the 100 MB input of bench/wc: lines of 0 to 16 pseudo-random words
# (a fixed seed, so every run counts the same), each line ending in "\n".
import random
import sys

WORDS = "the of and to in is was for on that with as by at from his it an were are which this be or has had not but".split()
random.seed(14)
target = 100 * 1000 * 1000
with open(sys.argv[1], "w") as out:
    written = 0
    chunk = []
    while written < target:
        line = " ".join(random.choices(WORDS, k=random.randint(0, 16))) + "\n"
        chunk.append(line)
        written += len(line)
        if len(chunk) == 10000:
            out.write("".join(chunk))
            chunk = []
    out.write("".join(chunk))
