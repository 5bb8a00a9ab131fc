# A smaller run of bench/programs/chaos.py (the benchmark, with its size constants reduced),
# so the conformance suite checks its output against CPython.
# Operator overloading, floats and random numbers: the chaos game, bent along splines. A point
# plays the Sierpinski game in the unit square (random.randrange picks the corner), and each
# step one of three cubic B-splines, chosen by weight with random.random(), carries it into
# the picture: along the curve by one coordinate, across it by the other. The points land in a
# pixel grid, summarized by checksums and a small drawing.
import random
import sys
from math import sqrt

STEPS = 1_000
GRID = 96
THICKNESS = 0.8


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return P(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return P(self.x * k, self.y * k)

    def __repr__(self):
        return 'P(%.6f, %.6f)' % (self.x, self.y)

    def norm(self):
        return sqrt(self.x * self.x + self.y * self.y)

    def mix(self, other, w):
        """The point w of the way from self to other."""
        return P(self.x + (other.x - self.x) * w, self.y + (other.y - self.y) * w)


CORNERS = (P(0.0, 0.0), P(1.0, 0.0), P(0.5, 1.0))


class Curve:
    """A clamped uniform cubic B-spline over its control points, evaluated by de Boor's scheme."""

    DEGREE = 3

    def __init__(self, points, axis):
        self.axis = axis
        self.points = [P(x, y) for x, y in points]
        k = self.DEGREE
        inner = len(points) - k
        self.knots = [0.0] * k + [i / inner for i in range(inner + 1)] + [1.0] * k

    def span(self, t):
        knots = self.knots
        k = self.DEGREE
        last = len(self.points) - 1
        if t >= knots[last + 1]:
            return last
        i = k
        while knots[i + 1] <= t:
            i += 1
        return i

    def at(self, t):
        k = self.DEGREE
        knots = self.knots
        i = self.span(t)
        work = self.points[i - k:i + 1]
        for r in range(1, k + 1):
            for j in range(k, r - 1, -1):
                lo = knots[i - k + j]
                hi = knots[i + 1 + j - r]
                w = 0.0 if hi == lo else (t - lo) / (hi - lo)
                work[j] = work[j - 1].mix(work[j], w)
        return work[k]


class Game:
    def __init__(self, curves, weights, thickness):
        self.curves = curves
        total = sum(weights)
        acc = 0.0
        self.bounds = []
        for w in weights:
            acc += w / total
            self.bounds.append(acc)
        self.thickness = thickness
        xs = [p.x for c in curves for p in c.points]
        ys = [p.y for c in curves for p in c.points]
        self.lo = P(min(xs) - thickness, min(ys) - thickness)
        self.hi = P(max(xs) + thickness, max(ys) + thickness)

    def pick(self):
        r = random.random()
        for i, b in enumerate(self.bounds):
            if r < b:
                return self.curves[i]
        return self.curves[-1]

    def move(self, p):
        """One step: the point in the unit square jumps halfway to a random corner (the
        Sierpinski game); the chosen curve bends the square onto a ribbon along itself."""
        corner = CORNERS[random.randrange(3)]
        p = p.mix(corner, 0.5)
        curve = self.pick()
        t, across = (p.x, p.y) if curve.axis == 0 else (p.y, p.x)
        h = 1.0 / 512
        base = curve.at(t)
        tangent = curve.at(min(1.0, t + h)) - curve.at(max(0.0, t - h))
        length = tangent.norm()
        normal = P(-tangent.y / length, tangent.x / length)
        return p, base + normal * ((across - 0.5) * self.thickness)

    def play(self, steps, grid):
        image = [[0] * grid for _ in range(grid)]
        p = P(random.random(), random.random())
        size = self.hi - self.lo
        for step in range(steps):
            p, spot = self.move(p)
            if step < 20:
                continue
            col = int((spot.x - self.lo.x) / size.x * (grid - 1))
            row = int((self.hi.y - spot.y) / size.y * (grid - 1))
            if 0 <= col < grid and 0 <= row < grid:
                image[row][col] += 1
        return image


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else STEPS
    random.seed(1234)
    curves = [
        Curve([(1.0, 1.0), (2.0, 4.5), (3.5, 5.0), (5.0, 4.0), (6.0, 1.5)], 0),
        Curve([(1.5, 0.5), (3.0, 1.0), (4.5, 0.0), (6.5, 0.8)], 0),
        Curve([(3.0, 5.5), (3.2, 3.5), (2.5, 2.0), (3.8, 0.5), (4.0, -0.5)], 1),
    ]
    game = Game(curves, [3.0, 2.0, 1.5], THICKNESS)
    print('spline points', curves[0].at(0.0), curves[0].at(0.5), curves[2].at(0.75))
    image = game.play(steps, GRID)
    hits = [n for row in image for n in row]
    print('pixels lit', sum(1 for n in hits if n), 'of', GRID * GRID, 'most', max(hits), 'total', sum(hits))
    print('checksum', sum((i % 97 + 1) * n for i, n in enumerate(hits)) % 1000003)
    print('next random', random.random())
    step = GRID // 32
    for r in range(0, GRID, step * 2):
        print(''.join('#' if sum(image[r + a][c + b] for a in range(2 * step) for b in range(step)) > 8 else
                      '.' if any(image[r + a][c + b] for a in range(2 * step) for b in range(step)) else ' '
                      for c in range(0, GRID, step)))


main()
