# compile(): 'exec', 'eval' and 'single' modes, filenames in tracebacks, flags, code object attributes.
c1 = compile('x = 3\ny = x * 2', 'my_file.py', 'exec')
ns = {}
exec(c1, ns)
print(ns['y'], c1.co_filename, c1.co_name, type(c1).__name__)
c2 = compile('ns_value * 10', '<string>', 'eval')
print(eval(c2, {'ns_value': 4}), c2.co_names)
c3 = compile('1 + 1', '<interactive>', 'single')
print('single mode prints the repr of expressions:')
exec(c3)
exec(compile('None', '<s>', 'single'))
exec(compile("'text'", '<s>', 'single'))
exec(compile('[1, 2]\n', '<s>', 'single'))
try:
    compile('x = 1', '<e>', 'eval')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.filename, e.lineno)
try:
    compile('a = 1\nb = 2', '<s>', 'single')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('1', '<x>', 'bogus')
except ValueError as e:
    print('ValueError:', e)
try:
    exec(compile('def f():\n    return 1 / 0\nf()', 'generated.py', 'exec'))
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print(frames[1:])
code = compile('def g(a, b=1, *c, d, **e):\n    z = a\n    return z', '<def>', 'exec')
ns = {}
exec(code, ns)
gc = ns['g'].__code__
print(gc.co_name, gc.co_argcount, gc.co_kwonlyargcount, gc.co_varnames, gc.co_filename, gc.co_firstlineno)
print(compile('pass', 'f', 'exec', dont_inherit=True).co_consts, compile(b'1', 'b', 'eval').co_consts)
print(eval(compile('(lambda: 7)()', '<l>', 'eval')), compile('x', 'n', 'eval').co_names)
