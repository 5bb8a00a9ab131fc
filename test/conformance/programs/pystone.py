# A smaller run of bench/programs/pystone.py (the benchmark, with its size constants reduced),
# so the conformance suite checks its output against CPython.
# Globals, small functions, attribute access and records: a Dhrystone-style synthetic benchmark
# (the classic "pystone" workload: procedures and functions over a record chain, module-level
# state, a one- and a two-dimensional array, characters and string comparisons).
import sys

LOOPS = 6_000

# The enumeration of the original, as small ints.
E1, E2, E3, E4, E5 = 1, 2, 3, 4, 5


class Rec:
    """A record of the chain; copy() makes a shallow twin."""

    def __init__(self, link=None, kind=0, mode=0, number=0, text=None):
        self.link = link
        self.kind = kind
        self.mode = mode
        self.number = number
        self.text = text

    def copy(self):
        return Rec(self.link, self.kind, self.mode, self.number, self.text)


g_int = 0
g_flag = False
g_ch1 = '\0'
g_ch2 = '\0'
g_row = [0] * 51
g_grid = [[0] * 51 for _ in range(51)]
g_rec = None
g_rec_next = None


def run(loops):
    global g_int, g_flag, g_ch1, g_ch2, g_rec, g_rec_next
    g_rec_next = Rec()
    g_rec = Rec(g_rec_next, E1, E3, 40, 'DHRYSTONE PROGRAM, SOME STRING')
    text1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    g_grid[8][7] = 10
    a = b = c = 0
    mode = E1
    for _ in range(loops):
        step5()
        step4()
        a = 2
        b = 3
        text2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        mode = E2
        g_flag = not compare_texts(text1, text2)
        while a < b:
            c = 5 * a - b
            c = add2(a, b)
            a += 1
        fill_arrays(g_row, g_grid, a, c)
        g_rec = step1(g_rec)
        ch = 'A'
        while ch <= g_ch2:
            if mode == match_chars(ch, 'C'):
                mode = pick_mode(E1)
            ch = chr(ord(ch) + 1)
        c = b * a
        b = c // a
        b = 7 * (c - b) - a
        a = step2(a)
    return a, b, c, mode, text2


def step1(rec):
    nxt = rec.link = g_rec.copy()
    rec.number = 5
    nxt.number = rec.number
    nxt.link = rec.link
    nxt.link = step3(nxt.link)
    if nxt.kind == E1:
        nxt.number = 6
        nxt.mode = pick_mode(rec.mode)
        nxt.link = g_rec.link
        nxt.number = add2(nxt.number, 10)
    else:
        rec = nxt.copy()
    nxt.link = None
    return rec


def step2(value):
    local = value + 10
    while True:
        if g_ch1 == 'A':
            local -= 1
            value = local - g_int
            mode = E1
        if mode == E1:
            return value


def step3(rec):
    global g_int
    if g_rec is not None:
        rec = g_rec.link
    else:
        g_int = 100
    g_rec.number = add2(10, g_int)
    return rec


def step4():
    global g_ch2
    flag = g_ch1 == 'A'
    flag = flag or g_flag
    g_ch2 = 'B'


def step5():
    global g_ch1, g_flag
    g_ch1 = 'A'
    g_flag = False


def pick_mode(mode):
    out = mode
    if not is_e3(mode):
        out = E4
    if mode == E1:
        out = E1
    elif mode == E2:
        out = E1 if g_int > 100 else E4
    elif mode == E3:
        out = E2
    elif mode == E5:
        out = E3
    return out


def add2(x, y):
    return x + y + 2


def fill_arrays(row, grid, x, y):
    global g_int
    at = x + 5
    row[at] = y
    row[at + 1] = row[at]
    row[at + 30] = at
    for k in range(at, at + 2):
        grid[at][k] = at
    grid[at][at - 1] += 1
    grid[at + 20][at] = row[at]
    g_int = 5


def match_chars(c1, c2):
    first = c1
    second = first
    return E1 if second != c2 else E2


def compare_texts(s1, s2):
    i = 1
    ch = '\0'
    while i <= 1:
        if match_chars(s1[i], s2[i + 1]) == E1:
            ch = 'A'
            i += 1
    if 'W' <= ch <= 'Z':
        i = 7
    if ch == 'X':
        return True
    if s1 > s2:
        i += 7
        return True
    return False


def is_e3(mode):
    return mode == E3


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else LOOPS
    a, b, c, mode, text2 = run(loops)
    print('globals:', g_int, g_flag, g_ch1, g_ch2)
    print('arrays:', g_row[8], g_grid[8][7], sum(g_row), sum(map(sum, g_grid)))
    print('record:', g_rec.kind, g_rec.mode, g_rec.number, g_rec.text, g_rec.link is None)
    print('next:', g_rec_next.kind, g_rec_next.mode, g_rec_next.number, g_rec_next.text)
    print('locals:', a, b, c, mode, text2)


main()
