"""gilvm's stdlib: written for gilvm, not copied from CPython.

The Python 2 -> 3 renames pickle's fix_imports applies: IMPORT_MAPPING and
NAME_MAPPING turn the module (and module, name) pairs Python 2 wrote into
Python 3's when loading protocols 0-2; the REVERSE_ tables turn Python 3's back
when writing them. The tables hold the documented renames of modules and of
the builtins, itertools and exceptions names.
"""

# Python 2 module -> Python 3 module.
IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
    'SocketServer': 'socketserver', 'ConfigParser': 'configparser', 'repr': 'reprlib',
    '_winreg': 'winreg', 'thread': '_thread', 'dummy_thread': '_dummy_thread',
    'markupbase': '_markupbase', 'cPickle': 'pickle', 'StringIO': 'io', 'cStringIO': 'io',
    'UserDict': 'collections', 'UserList': 'collections', 'UserString': 'collections',
    '_abcoll': 'collections.abc', 'whichdb': 'dbm', 'anydbm': 'dbm', 'dbm': 'dbm.ndbm',
    'gdbm': 'dbm.gnu', 'dumbdbm': 'dbm.dumb', 'dbhash': 'dbm.bsd', 'commands': 'subprocess',
    'htmlentitydefs': 'html.entities', 'HTMLParser': 'html.parser', 'httplib': 'http.client',
    'Cookie': 'http.cookies', 'cookielib': 'http.cookiejar', 'BaseHTTPServer': 'http.server',
    'SimpleHTTPServer': 'http.server', 'CGIHTTPServer': 'http.server',
    'urlparse': 'urllib.parse', 'urllib2': 'urllib.request', 'robotparser': 'urllib.robotparser',
    'xmlrpclib': 'xmlrpc.client', 'SimpleXMLRPCServer': 'xmlrpc.server',
    'DocXMLRPCServer': 'xmlrpc.server', '_elementtree': 'xml.etree.ElementTree',
    'test.test_support': 'test.support', 'Tkinter': 'tkinter', 'Tkconstants': 'tkinter.constants',
    'Tkdnd': 'tkinter.dnd', 'Tix': 'tkinter.tix', 'ttk': 'tkinter.ttk', 'tkFont': 'tkinter.font',
    'ScrolledText': 'tkinter.scrolledtext', 'Dialog': 'tkinter.dialog',
    'FileDialog': 'tkinter.filedialog', 'tkFileDialog': 'tkinter.filedialog',
    'SimpleDialog': 'tkinter.simpledialog', 'tkSimpleDialog': 'tkinter.simpledialog',
    'tkColorChooser': 'tkinter.colorchooser', 'tkCommonDialog': 'tkinter.commondialog',
    'tkMessageBox': 'tkinter.messagebox',
}

# Python 2 (module, name) -> Python 3 (module, name), where the name moved.
NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
}

# The exceptions Python 2 kept in its `exceptions` module.
_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError'
).split()

for _name in _PY2_EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)

# The reverse tables, for writing; the few Python 3 names with no Python 2
# counterpart of their own are written as their nearest Python 2 base.
REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()
                          if old not in ('StringIO', 'UserList', 'UserString', 'anydbm',
                                         'SimpleHTTPServer', 'CGIHTTPServer', 'FileDialog',
                                         'SimpleDialog', 'DocXMLRPCServer', 'UserDict')}
REVERSE_IMPORT_MAPPING.update({'_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools',
                               '_gdbm': 'gdbm', '_pickle': 'pickle'})

REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()
                        if old not in (('__builtin__', 'basestring'),
                                       ('UserDict', 'UserDict'),
                                       ('exceptions', 'StandardError'))}
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
              'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
              'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
              'ProcessLookupError TimeoutError').split():
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')

del _name
