# Function objects: __name__, __qualname__, __doc__, __module__, __annotations__, __dict__, code objects.
def documented(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    """Returns True."""
    return True
print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__)
print(documented.__annotations__)
print(documented.__defaults__, documented.__kwdefaults__)
documented.extra = 5
print(documented.__dict__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), type(nodoc).__name__)
class C:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(C.method.__qualname__, C().method().__qualname__, C.Inner.deep.__qualname__)
bound = C().method
print(type(bound).__name__, bound.__func__ is C.method, bound.__name__, bound.__qualname__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames, code.co_filename.endswith('function_attrs.py'), code.co_firstlineno)
print(callable(documented), callable(code))
documented.__name__ = 'renamed'
print(documented.__name__, documented.__qualname__)
try:
    documented.__name__ = 3
except TypeError as e:
    print('TypeError:', e)
def g():
    return g.calls
g.calls = 0
g.calls += 1
print(g())
print(nodoc.__globals__ is globals(), nodoc.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else 'dict')
