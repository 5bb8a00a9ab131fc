# BaseException's constructor, attributes and methods, and the subclasses' own state.
def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

e = ValueError('a', 2)
print(repr(e), str(e), e.args)
e.args = [1]
print(repr(e), e.args)
print(repr(Exception()), str(Exception()) == '', repr(Exception('x')))
show('kw', lambda: ValueError(x=1))
show('del args', lambda: delattr(Exception(), 'args'))
show('tb bad', lambda: setattr(Exception(), '__traceback__', 1))
show('cause bad', lambda: setattr(Exception(), '__cause__', 1))
show('context bad', lambda: setattr(Exception(), '__context__', 'x'))
show('suppress bad', lambda: setattr(Exception(), '__suppress_context__', 1))
show('note bad', lambda: Exception().add_note(1))
show('with_traceback bad', lambda: Exception().with_traceback(3))
show('setstate bad', lambda: Exception().__setstate__(3))

e = Exception('m')
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__, e.__context__, e.__traceback__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.add_note('first')
e.add_note('second')
print(e.__notes__, e.__dict__)
e.__notes__ = 'not a list'
show('note on str', lambda: e.add_note('x'))

try:
    raise RuntimeError('tb')
except RuntimeError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, isinstance(tb.tb_lasti, int))
    e2 = Exception().with_traceback(tb)
    print(e2.__traceback__ is tb)

print(Exception(1, 2).__reduce__())
e = Exception('s')
e.extra = 5
print(e.__reduce__())
e = Exception()
e.__setstate__({'a': 1, 'b': 'two'})
print(e.a, e.b)

class MyError(Exception):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code

m = MyError(3, 'bad')
print(repr(m), str(m), m.args, m.code, m.__dict__)

class Plain(Exception):
    pass

print(repr(Plain(1, 2)), Plain().__dict__)

# Subclasses
print(repr(StopIteration().value), StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)), str(KeyError(('a',))))
ie = ImportError('msg', name='mod', path='/p')
print(repr(ie), str(ie), ie.msg, ie.name, ie.path)
print(ImportError(1, 2).msg, ImportError().name, str(ImportError(1)))
show('import kw', lambda: ImportError(x=1))
mnf = ModuleNotFoundError("No module named 'zz'", name='zz')
print(repr(mnf), mnf.name, isinstance(mnf, ImportError))
ae = AttributeError('no attr', name='n', obj=5)
print(ae.name, ae.obj, AttributeError('x').name)
show('attr kw', lambda: AttributeError(foo=1))
ne = NameError('x', name='y')
print(ne.name, NameError().name)
