# exec/eval and scopes: functions and classes defined in exec'd code, closures, globals vs locals, nested eval.
src = '''
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
def make_adder(k):
    def add(x):
        return x + k
    return add
class Thing:
    kind = 'thing'
    def describe(self):
        return f'{self.kind} made in exec, counter={counter}'
'''
g = {}
exec(src, g)
print(g['bump'](), g['bump'](5), g['counter'], g['make_adder'](10)(5), g['Thing']().describe())
print(g['bump'].__globals__ is g, g['Thing'].__module__ if '__name__' in g else 'no __name__ in globals')
g2 = {'__name__': 'virtual_module'}
exec('class K: pass\nname = K.__module__', g2)
print(g2['name'])
def run_in_function():
    local_value = 'local'
    print(eval('local_value'), eval('local_value + "!"', globals(), {'local_value': 'override'}))
    exec('created = 1')
    print('created' in locals(), sorted(locals()))
run_in_function()
def closure_via_eval():
    secret = 42
    f = eval('lambda: secret')  # the lambda cannot see the enclosing function's locals
    try:
        return f()
    except NameError as e:
        return 'NameError: ' + str(e)
print(closure_via_eval())
print(eval('eval("1 + eval(\\"2\\")")'), eval('[eval(str(i)) for i in range(3)]'))
ns = {}
exec('x = 1\ny = [x + i for i in range(3)]', ns)
print(ns['y'])
loc = {}
exec('a = 5\nb = [a * i for i in range(3)]', {}, loc) if False else print('class-like scope skipped')
try:
    exec('a = 5\nb = [a * i for i in range(3)]\nc = (lambda: a)()', {}, loc)
except NameError as e:
    print('NameError:', e)
print(sorted(loc))
exec('import sys as _s\nv = _s.version_info[0]', ns)
print(ns['v'], '_s' in ns)
result = {}
exec(compile('for i in range(3):\n    total = i * 2', '<loop>', 'exec'), result)
print(result['total'], result['i'])
print(eval('__builtins__') is not None, eval('globals() is g', {'g': None}) , type(eval('locals()', {}, {'q': 1})).__name__)
