# A smaller run of bench/programs/go.py (the benchmark, with its size constants reduced),
# so the conformance suite checks its output against CPython.
# Lists, sets, recursion-free flood fills, a search tree and random numbers: a small Go player
# on a 9x9 board. Each move comes from Monte Carlo tree search (UCT-style: grow a tree of
# moves, each node offering a random sample of the legal moves; finish every new line with
# random legal moves, count the area, back the result up).
# The program plays a few moves against itself and prints them with the final position.
import random
import sys
from math import sqrt

N = 9
KOMI = 7.5
MOVES = 2
PLAYOUTS = 6
EXPLORE = 1.1
WIDTH = 8

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
COLUMNS = 'ABCDEFGHJ'


def other(color):
    return 3 - color


def name_of(pos):
    if pos == PASS:
        return 'pass'
    return '%s%d' % (COLUMNS[pos % N], N - pos // N)


def make_tables():
    near = []
    corners = []
    for pos in range(N * N):
        x, y = pos % N, pos // N
        near.append(tuple(
            (y + dy) * N + x + dx for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
            if 0 <= x + dx < N and 0 <= y + dy < N))
        corners.append(tuple(
            (y + dy) * N + x + dx for dx, dy in ((1, 1), (-1, 1), (1, -1), (-1, -1))
            if 0 <= x + dx < N and 0 <= y + dy < N))
    return near, corners


NEAR, DIAGONAL = make_tables()


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (N * N)
        self.to_move = BLACK
        self.ko = PASS
        self.passes = 0
        self.history = []
        self.prisoners = [0, 0, 0]

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.history = self.history[:]
        b.prisoners = self.prisoners[:]
        return b

    def liberties(self, pos, enough):
        """The chain at pos and its liberties, counted up to enough (the fill stops there,
        returning the stones seen so far): most questions only need 0, 1 or 'more'."""
        cells = self.cells
        color = cells[pos]
        stones = [pos]
        seen = {pos}
        libs = []
        k = 0
        while k < len(stones):
            for q in NEAR[stones[k]]:
                c = cells[q]
                if c == EMPTY:
                    if q not in libs:
                        libs.append(q)
                        if len(libs) >= enough:
                            return stones, enough
                elif c == color and q not in seen:
                    seen.add(q)
                    stones.append(q)
            k += 1
        return stones, len(libs)

    def legal(self, pos):
        cells = self.cells
        if pos == PASS:
            return True
        if cells[pos] != EMPTY or pos == self.ko:
            return False
        me = self.to_move
        for q in NEAR[pos]:
            if cells[q] == EMPTY:
                return True
        # No empty neighbour: legal only if it captures, or joins a chain with another liberty.
        for q in NEAR[pos]:
            libs = self.liberties(q, 2)[1]
            if (libs > 1) == (cells[q] == me):
                return True
        return False

    def own_eye(self, pos, color):
        """True if pos is an empty point that color should not fill (a true eye, roughly)."""
        cells = self.cells
        for q in NEAR[pos]:
            if cells[q] != color:
                return False
        enemy = 0
        for q in DIAGONAL[pos]:
            if cells[q] == other(color):
                enemy += 1
        return enemy == 0 if len(DIAGONAL[pos]) < 4 else enemy <= 1

    def play(self, pos):
        me = self.to_move
        self.history.append(pos)
        self.to_move = other(me)
        if pos == PASS:
            self.passes += 1
            self.ko = PASS
            return
        self.passes = 0
        cells = self.cells
        cells[pos] = me
        taken = []
        for q in NEAR[pos]:
            if cells[q] == other(me):
                stones, libs = self.liberties(q, 1)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    taken.extend(stones)
        self.prisoners[me] += len(taken)
        self.ko = PASS
        if len(taken) == 1:
            stones, libs = self.liberties(pos, 2)
            if len(stones) == 1 and libs == 1:
                self.ko = taken[0]

    def random_move(self):
        """A random legal move that does not fill the mover's own eye, else a pass."""
        cells = self.cells
        me = self.to_move
        count = N * N
        start = random.randrange(count)
        for k in range(count):
            pos = (start + k) % count
            if cells[pos] == EMPTY and not self.own_eye(pos, me) and self.legal(pos):
                return pos
        return PASS

    def area(self):
        """Area score (stones plus surrounded empty regions) for BLACK and WHITE."""
        cells = self.cells
        score = [0, 0, 0]
        seen = set()
        for pos in range(N * N):
            c = cells[pos]
            if c != EMPTY:
                score[c] += 1
            elif pos not in seen:
                region = [pos]
                seen.add(pos)
                borders = set()
                k = 0
                while k < len(region):
                    for q in NEAR[region[k]]:
                        cq = cells[q]
                        if cq == EMPTY:
                            if q not in seen:
                                seen.add(q)
                                region.append(q)
                        else:
                            borders.add(cq)
                    k += 1
                if len(borders) == 1:
                    score[borders.pop()] += len(region)
        return score[BLACK], score[WHITE]

    def black_wins(self):
        b, w = self.area()
        return b > w + KOMI

    def draw(self):
        rows = []
        for y in range(N):
            rows.append('%d %s' % (N - y, ' '.join('.XO'[self.cells[y * N + x]] for x in range(N))))
        rows.append('  ' + ' '.join(COLUMNS))
        return '\n'.join(rows)


class Node:
    __slots__ = ('move', 'parent', 'children', 'untried', 'wins', 'visits', 'mover')

    def __init__(self, move, parent, mover):
        self.move = move
        self.parent = parent
        self.children = []
        self.untried = None
        self.wins = 0
        self.visits = 0
        self.mover = mover

    def pick_child(self):
        best = None
        best_score = -1.0
        root_visits = sqrt(self.visits)
        for ch in self.children:
            score = ch.wins / ch.visits + EXPLORE * root_visits / (1 + ch.visits)
            if score > best_score:
                best, best_score = ch, score
        return best


def search(board, playouts):
    root = Node(PASS, None, other(board.to_move))
    for _ in range(playouts):
        b = board.copy()
        node = root
        # Down the tree while every move here has been tried.
        while node.untried is not None and not node.untried and node.children:
            node = node.pick_child()
            b.play(node.move)
        if node.untried is None:
            legal = [p for p in range(N * N) if b.cells[p] == EMPTY and b.legal(p)
                     and not b.own_eye(p, b.to_move)]
            # A random handful of the legal moves: the tree stays narrow enough to go deep.
            node.untried = random.sample(legal, min(WIDTH, len(legal)))
        if node.untried and b.passes < 2:
            move = node.untried.pop(random.randrange(len(node.untried)))
            child = Node(move, node, b.to_move)
            node.children.append(child)
            b.play(move)
            node = child
        # A random game to the end.
        limit = N * N * 3
        while b.passes < 2 and len(b.history) < limit:
            b.play(b.random_move())
        black = b.black_wins()
        while node is not None:
            node.visits += 1
            if black == (node.mover == BLACK):
                node.wins += 1
            node = node.parent
    if not root.children:
        return PASS, root
    best = max(root.children, key=lambda ch: (ch.visits, ch.wins, -ch.move))
    return best.move, root


def main():
    moves = int(sys.argv[1]) if len(sys.argv) > 1 else MOVES
    playouts = int(sys.argv[2]) if len(sys.argv) > 2 else PLAYOUTS
    random.seed(2024)
    board = Board()
    for i in range(moves):
        move, root = search(board, playouts)
        best = max(root.children, key=lambda ch: ch.visits) if root.children else None
        print('%2d %s %-4s visits %d wins %d tree children %d' % (
            i + 1, 'XO'[board.to_move - 1], name_of(move),
            best.visits if best else 0, best.wins if best else 0, len(root.children)))
        board.play(move)
    print(board.draw())
    b, w = board.area()
    print('area black %d white %d, prisoners %d/%d, next random %r' % (
        b, w, board.prisoners[BLACK], board.prisoners[WHITE], random.random()))


main()
