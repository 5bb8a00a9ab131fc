# Float objects and attribute access: many small objects made from math.sin/cos, normalized,
# then folded to their component-wise maximum (the classic "float" benchmark's workload).
import sys
from math import sin, cos, sqrt

POINTS = 300_000


class Vec:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, seed):
        self.x = sin(seed)
        self.y = cos(seed) * 3.0
        self.z = self.x * self.x / 2.0

    def __repr__(self):
        return 'Vec(%r, %r, %r)' % (self.x, self.y, self.z)

    def normalize(self):
        length = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= length
        self.y /= length
        self.z /= length

    def take_max(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def run(n):
    vecs = [Vec(i) for i in range(n)]
    for v in vecs:
        v.normalize()
    best = vecs[0]
    for v in vecs[1:]:
        best = best.take_max(v)
    total = 0.0
    for v in vecs:
        total += v.x + v.y - v.z
    return best, total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else POINTS
    best, total = run(n)
    print(best)
    print('%.6f' % total)
    print(round(best.x, 12), round(best.y, 12), round(best.z, 12))


main()
