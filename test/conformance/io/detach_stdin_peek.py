# peek() on sys.stdin.buffer keeps what it read for the next reads.
import sys

buf = sys.stdin.buffer
ahead = buf.peek()
print(ahead[:6], len(ahead) > 0)
print(buf.read(3), buf.peek()[:3], buf.readline())
print(buf.read(4), buf.read())
print(repr(buf.peek()), buf.read())
