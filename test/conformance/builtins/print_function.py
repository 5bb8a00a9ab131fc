# print(): sep, end, file=sys.stderr, flush, objects with __str__, no arguments, writing to a custom file object.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=' -> ', end=' <end>\n')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, sep='|')
print('no newline', end='')
print(' (continued)')
print('to stderr', file=sys.stderr)
print('stderr again', 'two', sep=', ', file=sys.stderr, flush=True)
print('flushed', flush=True)
print(*range(5))
print(*'abc', sep='\n')
print(sep='x', end='only end\n')
print('None sep and end', sep=None, end=None)
class Thing:
    def __str__(self):
        return 'Thing.__str__'
print(Thing(), [Thing()] != [], 'x')
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
c = Collector()
print('hello', 42, file=c)
print('flush me', file=c, flush=True)
print(c.parts)
print('file=None goes to stdout', file=None)
for kwargs in [{'sep': 5}, {'end': 3}, {'file': 'notafile'}, {'bogus': 1}]:
    try:
        print('x', **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
sys.stdout.write('written directly\n')
sys.stderr.write('stderr directly\n')
print('unicode: é ü 中 😀', '\t tab')
print('last line without newline', end='')
