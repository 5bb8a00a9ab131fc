# eval and exec: expressions and statements, globals/locals dicts, return values, syntax errors.
x = 10
print(eval('x + 1'), eval('[i * 2 for i in range(3)]'), eval('(lambda a: a ** 2)(5)'), eval(' 1 + 1 '))
print(eval('x * y', {'x': 3, 'y': 4}), eval('x + z', {'x': 1}, {'z': 2}), eval('len("abc")', {}))
g = {}
exec('a = 5\ndef f(n):\n    return n * a\nresult = f(3)', g)
print(g['a'], g['result'], sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)
l = {}
exec('b = 1\nc = b + 1', {}, l)
print(l)
print(exec('1 + 1'), eval('None'))
exec('y_defined_by_exec = 42')
print(y_defined_by_exec)
def in_function():
    exec('inner = 1')
    return 'inner' in locals()
print(in_function())
ns = {'__builtins__': {'len': len}}
print(eval('len([1, 2])', ns))
try:
    eval('print(1)', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
for src in ['1 +', 'x = 1', 'def', '(1, 2']:
    try:
        eval(src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    exec('for i in range(3):\nprint(i)')
except IndentationError as e:
    print(type(e).__name__ + ':', e.msg, e.lineno)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError:', e)
try:
    eval(42)
except TypeError as e:
    print('TypeError:', e)
try:
    exec('1/0', {}, {})
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}), eval(b'2 * 3'), eval('  7  '))
src = '''
class K:
    def m(self):
        return 'method from exec'
obj = K()
'''
scope = {}
exec(src, scope)
print(scope['obj'].m(), scope['K'].__module__ if '__name__' in scope else scope['K'].__module__)
counter = {'n': 0}
exec('for i in range(5): n += i', {}, counter)
print(counter['n'])
