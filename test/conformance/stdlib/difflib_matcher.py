# difflib: SequenceMatcher (blocks, opcodes, grouping, ratios, junk and autojunk) and
# get_close_matches, with their edge and error cases.
import difflib
from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(), s.find_longest_match(0, 5, 0, 4), s.find_longest_match(3, 5))
print(s.find_longest_match(alo=1, bhi=2), s.find_longest_match(4, 4, 0, 4))
m = s.find_longest_match()
print(type(m).__name__, m.a, m.b, m.size, m._fields, Match(1, 2, 3))

# the docs' examples
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
a, b = "qabxcd", "abycdf"
s = SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))

# ties: the earliest in a, then the earliest in b
print(SequenceMatcher(None, "abab", "ab").find_longest_match())
print(SequenceMatcher(None, "ab", "xabab").find_longest_match())
print(SequenceMatcher(None, "xyab", "abxy").get_matching_blocks())

# empty sequences
for a, b in [("", ""), ("abc", ""), ("", "abc")]:
    s = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), s.get_opcodes(), s.get_matching_blocks(), s.ratio(),
          s.quick_ratio(), s.real_quick_ratio(), list(s.get_grouped_opcodes()))

# sequences of other hashables
s = SequenceMatcher(None, [1, 2, 3, 4, 5], (0, 1, 2, 4, 5, 6))
print(s.get_opcodes())
s = SequenceMatcher(a=["x\n", "y\n"], b=["x\n", "z\n", "y\n"])
print(s.get_opcodes())

# set_seq1 / set_seq2 / set_seqs change what is compared, caches refreshed
s = SequenceMatcher(None, "abc", "abc")
print(s.ratio())
s.set_seq1("abd")
print(s.ratio(), s.a, s.b)
s.set_seq2("xbd")
print(s.ratio(), s.get_opcodes())
s.set_seqs("hello", "yellow")
print(s.get_opcodes(), s.get_matching_blocks() is s.get_matching_blocks())

# junk: isjunk items are in bjunk, not in b2j; found blocks widen over junk
s = SequenceMatcher(lambda c: c in " -", "a - b", "a  b - c")
print(sorted(s.bjunk), sorted(s.b2j), s.b2j['a'], s.get_matching_blocks())
s = SequenceMatcher(lambda c: c == "x", "axxb", "axxb")
print(s.find_longest_match(), s.get_opcodes())

# autojunk: items more than 1% of a b of 200+ items are popular
b = "a" * 3 + "b" * 197
s = SequenceMatcher(None, "ab", b)
print(sorted(s.bpopular), sorted(s.b2j), s.get_matching_blocks())
s = SequenceMatcher(None, "ab", b, autojunk=False)
print(sorted(s.bpopular), sorted(s.b2j), s.get_matching_blocks())
b = "x" * 3 + "y" * 2 + "z" * 195
print(sorted(SequenceMatcher(None, "", b).bpopular))
b = "x" * 2 + "z" * 197
print(sorted(SequenceMatcher(None, "", b).bpopular))
b = ["p"] * 4 + list(range(296))
s = SequenceMatcher(None, ["p", "p", 5, 6], b)
print(sorted(s.bpopular, key=str), s.get_matching_blocks()[:3])
# a popular item extends a match even though it cannot start one
b = "q" * 10 + "".join(chr(0x100 + i) for i in range(290))
a = "q" + b[10:20]
s = SequenceMatcher(None, a, b)
print(s.bpopular, s.find_longest_match())

# grouped opcodes
a = [str(i) for i in range(40)]
b = a[:5] + ["x"] + a[6:30] + a[31:] + ["end"]
s = SequenceMatcher(None, a, b)
for n in (0, 1, 3, 10):
    print(n, list(s.get_grouped_opcodes(n)))
# as in CPython, grouping trims the ends of the opcode list the matcher keeps
print(s.get_opcodes()[0], s.get_opcodes()[-1])
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))

print(SequenceMatcher[str])

# get_close_matches
words = ["ape", "apple", "peach", "puppy"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("wheel", ["while", "if", "for", "with", "wheel"]))
print(difflib.get_close_matches("apple", ["keyword", "ape", "apply", "apple"], n=2))
print(difflib.get_close_matches("pineapple", ["keyword", "ape"]))
print(difflib.get_close_matches("ab", ["ba", "ab", "aab", "abb", "bab", "b"], n=10, cutoff=0.0))
print(difflib.get_close_matches("x", [], n=1))
for kw in [dict(n=0), dict(n=-1), dict(cutoff=1.5), dict(cutoff=-0.1), dict(n=1, cutoff=2)]:
    try:
        difflib.get_close_matches("x", ["x"], **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    SequenceMatcher(None, [[1]], [[1]])
except TypeError as e:
    print(type(e).__name__, e)
print([name in difflib.__all__ for name in ['Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'Match', 'SequenceMatcher', 'context_diff', 'diff_bytes', 'get_close_matches', 'ndiff', 'restore', 'unified_diff']])
