# KeyError from d[k] in the interpreter's loop: handlers, tracebacks, context, subclasses.
class Missing(dict):
    def __missing__(self, k):
        return 'missing %r' % (k,)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return 'H(%r)' % self.v
class BadHash:
    def __hash__(self): raise TypeError('no hash for you')
d = {'a': 1, H(2): 'h2', (1, 2): 't'}
counts = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    try:
        counts[w] += 1
    except KeyError as e:
        counts[w] = 1
        last = e
print(counts, repr(last), last.args)
for k in ('a', 'b', H(2), H(3), (1, 2), (2, 1), 1.0, None):
    try:
        print(repr(d[k]))
    except KeyError as e:
        print('KeyError', e, type(e.args[0]).__name__)
print(Missing(x=1)['y'], Missing(x=1)['x'])
try:
    d[BadHash()]
except TypeError as e:
    print('TypeError', e)
try:
    d[[1]]
except TypeError as e:
    print('TypeError', e)
def ctx():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            return {}['k']
        except KeyError as e:
            return type(e.__context__).__name__
print(ctx())
def lookup(m, k):
    return m[k]
try:
    lookup({}, 'deep')
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
lookup({1: 2}, 3)
