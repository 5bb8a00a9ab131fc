# Built-in exception classes: hierarchy, user subclasses, attributes, notes, with_traceback.
names = ['BaseException', 'Exception', 'ArithmeticError', 'LookupError', 'ZeroDivisionError',
         'OverflowError', 'KeyError', 'IndexError', 'ValueError', 'TypeError', 'NameError',
         'UnboundLocalError', 'AttributeError', 'RuntimeError', 'RecursionError',
         'NotImplementedError', 'StopIteration', 'StopAsyncIteration', 'GeneratorExit',
         'SystemExit', 'KeyboardInterrupt', 'OSError', 'FileNotFoundError', 'FileExistsError',
         'PermissionError', 'IsADirectoryError', 'ImportError', 'ModuleNotFoundError',
         'AssertionError', 'EOFError', 'MemoryError', 'UnicodeError', 'UnicodeEncodeError',
         'UnicodeDecodeError', 'SyntaxError', 'IndentationError', 'TabError', 'BufferError',
         'Warning', 'UserWarning', 'DeprecationWarning', 'FloatingPointError', 'TimeoutError',
         'ConnectionError', 'BrokenPipeError', 'ChildProcessError', 'ProcessLookupError',
         'InterruptedError', 'BlockingIOError', 'ReferenceError', 'SystemError', 'EnvironmentError',
         'IOError', 'ExceptionGroup', 'BaseExceptionGroup', 'UnicodeTranslateError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, '->', cls.__name__, [b.__name__ for b in cls.__bases__])

class AppError(Exception):
    """Application error."""
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
    def __str__(self):
        return f'[{self.table}] {self.args[0]}'

try:
    raise DbError('users', 'row missing')
except AppError as e:
    print(type(e).__name__, str(e), repr(e), e.table, AppError.__doc__)

e = ValueError('with notes')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print('TypeError:', err)

e = RuntimeError('tb')
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except RuntimeError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)

print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(StopIteration(5).value, StopIteration().value)
ie = ImportError('msg', name='mod', path='p')
print(ie.name, ie.path, ie.msg, str(ie))
se = SyntaxError('bad', ('f.py', 3, 4, 'x = = 1\n', 3, 5))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
print(BaseException.__new__(ValueError).args)
