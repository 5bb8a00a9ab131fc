# Caret lines under the failing expression: anchors for operators and subscripts, wide characters, multi-line expressions.
import sys
def h(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
d = {'a': {'b': 1}}
x = None
h(lambda: d['a']['c'])
h(lambda: 1 + 2 * (3 // 0))
h(lambda: x.attr)
h(lambda: x.attr.other)
h(lambda: d['a']
  ['zz'])
h(lambda: len(5))
h(lambda: [1][2] if True else 0)
h(lambda: {}  [  'k'  ])
h(lambda: 'é' + 1)
def deep(n):
    return deep(n + 1)
h(lambda: deep(0))
class A:
    def meth(self):
        return self.valeu
    def __init__(self): self.value = 1
h(lambda: A().meth())
h(lambda: int('z') + 1)
h(lambda: ('é', x.attr))
h(lambda: ('é', {}['é']))
h(lambda: ('日本', 1 / 0))
a = 1
h(lambda: (a) // (a - 1))
h(lambda: (a - 1) ** -1 / 0)
h(lambda: [a][a] + [a][
    a])
def long_call():
    return int(
        'bad')
h(long_call)
