# sys.stdin: readline, iteration, read of the rest; mixing with input().
import sys
first = sys.stdin.readline()
print(repr(first))
second = input()
print(repr(second))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 2:
        break
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
words = rest.split()
print(len(words), words[:3], max(words, key=len))
