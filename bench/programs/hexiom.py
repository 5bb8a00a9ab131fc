# Bit sets, lists copied for backtracking, recursion: a solver for Hexiom, the puzzle of
# numbered hexagonal tiles (a tile showing k must end with exactly k occupied neighbours).
# The levels are made here, deterministically: a random pattern of occupied cells gives the
# tiles, a few stay pinned where they were, and the solver counts every arrangement.
import sys

# (board side, occupied cells, pinned tiles, level seed)
LEVELS = [(3, 11, 2, 7), (4, 24, 10, 1), (4, 20, 8, 2), (4, 24, 8, 1), (4, 20, 6, 2)]

EMPTY = 7
ALL = (1 << 8) - 1
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Lcg:
    """A small linear congruential generator: the levels must not depend on any library."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Board:
    def __init__(self, side):
        self.side = side
        self.cells = [(q, r) for r in range(-side + 1, side) for q in range(-side + 1, side)
                      if abs(q + r) < side]
        index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            near = [index[(q + dq, r + dr)] for dq, dr in DIRECTIONS if (q + dq, r + dr) in index]
            self.neighbours.append(tuple(near))

    def draw(self, values):
        """The board as text, one row of cells a line, '.' for an empty cell."""
        lines = []
        k = 0
        for r in range(-self.side + 1, self.side):
            row = [c for c in self.cells if c[1] == r]
            text = ' '.join('.' if values[k + i] == EMPTY else str(values[k + i]) for i in range(len(row)))
            lines.append(' ' * (2 * self.side - 1 - len(row)) + text)
            k += len(row)
        return '\n'.join(lines)


def make_level(side, occupied, pinned, seed):
    board = Board(side)
    rng = Lcg(seed)
    n = len(board.cells)
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        j = rng.below(i + 1)
        order[i], order[j] = order[j], order[i]
    full = set(order[:occupied])
    values = [EMPTY] * n
    for i in full:
        values[i] = sum(1 for j in board.neighbours[i] if j in full)
    pins = {i: values[i] for i in sorted(full)[::max(1, occupied // pinned)][:pinned]}
    tiles = [0] * 8
    for v in values:
        tiles[v] += 1
    return board, tiles, pins, values


class Solver:
    def __init__(self, board, tiles, pins):
        self.board = board
        self.tiles = tiles
        self.pins = pins
        self.solutions = []
        self.nodes = 0

    def start(self):
        n = len(self.board.cells)
        domains = [ALL] * n
        for i in range(n):
            # A tile cannot want more neighbours than the cell has.
            limit = len(self.board.neighbours[i])
            for v in range(limit + 1, 7):
                domains[i] &= ~(1 << v)
        for v in range(8):
            if self.tiles[v] == 0:
                for i in range(n):
                    domains[i] &= ~(1 << v)
        for i, v in self.pins.items():
            domains[i] = 1 << v
        return domains

    def settle(self, domains):
        """Narrows domains in place until nothing changes; False when a domain empties."""
        nbrs = self.board.neighbours
        tiles = self.tiles
        n = len(domains)
        empty_bit = 1 << EMPTY
        changed = True
        while changed:
            changed = False
            for i in range(n):
                d = domains[i]
                if d == 0:
                    return False
                sure = maybe = 0
                for j in nbrs[i]:
                    dj = domains[j]
                    if dj == empty_bit:
                        continue
                    if dj & empty_bit:
                        maybe += 1
                    else:
                        sure += 1
                # Tile values outside [sure, sure + maybe] are impossible here.
                keep = d & empty_bit
                for v in range(sure, min(sure + maybe, 6) + 1):
                    keep |= d & (1 << v)
                if keep != d:
                    if keep == 0:
                        return False
                    domains[i] = d = keep
                    changed = True
                if d & empty_bit or maybe == 0:
                    continue
                if d & (d - 1) == 0:
                    v = d.bit_length() - 1
                    if v == sure or v == sure + maybe:
                        fill = v == sure + maybe
                        for j in nbrs[i]:
                            dj = domains[j]
                            if dj != empty_bit and dj & empty_bit:
                                domains[j] = dj & ~empty_bit if fill else empty_bit
                                if domains[j] == 0:
                                    return False
                                changed = True
            # Counting: a value's fixed cells may not exceed its tiles, nor its possible cells fall short.
            for v in range(8):
                bit = 1 << v
                fixed = possible = 0
                for d in domains:
                    if d & bit:
                        possible += 1
                        if d == bit:
                            fixed += 1
                want = tiles[v]
                if fixed > want or possible < want:
                    return False
                if fixed == want and possible > want:
                    for i in range(n):
                        if domains[i] & bit and domains[i] != bit:
                            domains[i] &= ~bit
                            changed = True
                elif possible == want and fixed < want:
                    for i in range(n):
                        if domains[i] & bit:
                            domains[i] = bit
                    changed = True
        return True

    def search(self, domains):
        self.nodes += 1
        if not self.settle(domains):
            return
        best = -1
        best_count = 99
        for i, d in enumerate(domains):
            if d & (d - 1):
                c = bin(d).count('1')
                if c < best_count:
                    best, best_count = i, c
        if best < 0:
            if self.check(domains):
                self.solutions.append([d.bit_length() - 1 for d in domains])
            return
        d = domains[best]
        for v in (EMPTY, 6, 5, 4, 3, 2, 1, 0):
            if d & (1 << v):
                trial = domains[:]
                trial[best] = 1 << v
                self.search(trial)

    def check(self, domains):
        values = [d.bit_length() - 1 for d in domains]
        for i, v in enumerate(values):
            if v != EMPTY and v != sum(values[j] != EMPTY for j in self.board.neighbours[i]):
                return False
        return True


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else len(LEVELS)
    for side, occupied, pinned, seed in LEVELS[:count]:
        board, tiles, pins, made = make_level(side, occupied, pinned, seed)
        solver = Solver(board, tiles, pins)
        solver.search(solver.start())
        print('level side %d, %d tiles %s, pinned %s' % (side, occupied, tiles[:7], sorted(pins.items())))
        print('  %d solution(s), %d nodes, the generated one found: %s'
              % (len(solver.solutions), solver.nodes, made in solver.solutions))
        print(board.draw(solver.solutions[0]))


main()
