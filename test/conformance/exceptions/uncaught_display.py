# The traceback display: carets with anchors, notes, repeated lines, chained groups.
import sys

def recurse(n):
    if n == 0:
        return {}['missing']
    return recurse(n - 1)

try:
    recurse(12)
except KeyError as e:
    e.add_note('a note\nover two lines')
    saved = e

def inner():
    x = [1, 2]
    return x[5] + 1

def outer():
    try:
        inner()
    except IndexError as e:
        raise ExceptionGroup('wrapped', [e, ValueError('v')]) from saved

class Config:
    timeout = 3

try:
    outer()
except ExceptionGroup as g:
    g.add_note('group note')
    sys.excepthook(type(g), g, g.__traceback__)

print('after hook', file=sys.stderr)
c = Config()
c.timout
