# sys: the attributes and functions programs use
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 12), type(sys.version_info).__name__)
print(sys.version.startswith('3.12'), sys.hexversion >> 16, sys.api_version)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.float_repr_style)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.verbose, sys.flags.int_max_str_digits)
print(sys.thread_info.name, type(sys.thread_info).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getrecursionlimit(), sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
print(sys.intern('abc') == 'abc', sys.intern('x' * 3) is sys.intern('xxx'))
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('sys_attrs.py'))
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, 'builtins' in sys.builtin_module_names)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.writable(), sys.stdin.readable())
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(type(sys.executable).__name__, type(sys.prefix).__name__, type(sys.exec_prefix).__name__, type(sys.copyright).__name__)
print(sys.dont_write_bytecode, sys.pycache_prefix, sys.warnoptions, type(sys._xoptions).__name__)
print(sys.is_finalizing(), type(sys.abiflags).__name__, sys.get_int_max_str_digits())
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, sys.exception() is e)
print(sys.gettrace(), sys.getprofile(), sys.get_asyncgen_hooks())
print(sys.breakpointhook is sys.__breakpointhook__, sys.unraisablehook is sys.__unraisablehook__)
sys.set_asyncgen_hooks(firstiter=print)
print(sys.get_asyncgen_hooks().firstiter is print, sys.get_asyncgen_hooks()[1])
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print('TypeError', e)
def tracer(frame, event, arg):
    return tracer
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.call_tracing(divmod, (7, 2)))
sys.displayhook(None)
sys.displayhook(42)
import builtins
print(builtins._)
sys.stdout.write('written\n')
sys.stdout.flush()
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
try:
    sys.intern(1)
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in ['exc_info', 'exception', 'getsizeof', 'getrefcount', '_getframe', 'settrace', 'setprofile',
                         'gettrace', 'getprofile', 'intern', 'audit', 'addaudithook', 'call_tracing', 'unraisablehook',
                         'breakpointhook', '__breakpointhook__', '__unraisablehook__', 'orig_argv', 'platlibdir',
                         'stdlib_module_names', '_getframemodulename', 'getallocatedblocks', 'get_asyncgen_hooks',
                         'set_asyncgen_hooks'] if not hasattr(sys, n)))

print([n for n in ['flags', 'float_info', 'int_info', 'hash_info', 'thread_info', 'version_info', 'implementation',
                   'exc_info', '__dir__'] if n in dir(sys)], dir(sys) == sorted(dir(sys)))
