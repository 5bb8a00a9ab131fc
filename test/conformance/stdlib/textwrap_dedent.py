# textwrap.dedent and textwrap.indent: common margins of spaces and tabs, blank and
# whitespace-only lines, predicates.
import textwrap

cases = [
    "    hello\n      world\n    !",
    "  a\n\tb",
    "\ta\n\tb\n",
    "    x\n  \n    y\n",
    "  one\n   \n\t\n  two",
    "no indent\n  here",
    "",
    "   ",
    "\n\n",
    "   \n  x\n",
    "  \tmixed\n  \tlines\n  \t  deeper",
    "    a\r\n    b\r\n",
    "  a\n \tb",
    "\t\tx\n\t  y",
    "        def f():\n            return 1\n",
]
for c in cases:
    print(repr(c), '->', repr(textwrap.dedent(c)))
print(textwrap.dedent('''\
    This is a docstring-like block
        with an indented line

    and a blank one above.
    '''))

for c in ["a\nb\n", "  a\n\n  \nb", "x\r\ny\rz\n", "", "\n", "one line", "  \t\n"]:
    print(repr(c), repr(textwrap.indent(c, '> ')), repr(textwrap.indent(c, '+', lambda line: True)))
print(textwrap.indent('a\nbb\nccc\n', '# ', lambda line: len(line.strip()) > 1))
print(textwrap.__all__)
