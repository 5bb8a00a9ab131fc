# __import__, compile, id, hash, iter/aiter names, len, sorted/reversed edge cases, the builtins module itself.
import builtins
sys_mod = __import__('sys')
print(sys_mod.__name__, __import__('sys') is sys_mod, type(sys_mod).__name__)
print(len([1, 2]), len('héllo'), len(b'ab'), len({1: 2}), len(range(10)), len(set()), len(()), len(bytearray(3)))
try:
    len(iter([]))
except TypeError as e:
    print('TypeError:', e)
code = compile('1 + 2', '<expr>', 'eval')
print(type(code).__name__, eval(code), code.co_filename, code.co_name)
names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'callable', 'chr', 'dir', 'divmod', 'enumerate', 'eval', 'exec',
         'filter', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'isinstance', 'issubclass', 'iter',
         'len', 'list', 'locals', 'map', 'max', 'min', 'next', 'oct', 'ord', 'pow', 'print', 'range', 'repr', 'reversed',
         'round', 'setattr', 'sorted', 'sum', 'type', 'vars', 'zip', '__import__', 'compile', 'open', 'input', 'delattr',
         'frozenset', 'object', 'super', 'property', 'staticmethod', 'classmethod', 'slice', 'memoryview', 'bytearray']
print(all(hasattr(builtins, n) for n in names), [n for n in names if not hasattr(builtins, n)])
print(builtins.len is len, builtins.__name__, type(builtins.print).__name__, type(builtins.int).__name__, print.__name__, len.__module__)
print(builtins.True_ if hasattr(builtins, 'True_') else 'no True_', builtins.None_ if False else None, builtins.Ellipsis is ...)
def shadow():
    len = lambda x: 'shadowed'
    return len([1]), builtins.len([1])
print(shadow())
builtins.my_global_helper = lambda: 'added to builtins'
print(my_global_helper())
print(sorted([3, 1, 2], reverse=True), sorted('bca', key=None), list(reversed(sorted({2, 1}))))
print(type(...).__name__, type(NotImplemented).__name__, ... is Ellipsis, repr(Ellipsis), bool(...))
print(isinstance(print, type(len)), type(print).__name__, type(list.append).__name__, type([].append).__name__, type(object.__init__).__name__)
print(type(str.join).__name__, type(dict.fromkeys).__name__, object().__class__.__name__)
