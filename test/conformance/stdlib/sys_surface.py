# sys: the CPython-independent facts of its surface (names present, types, behaviour of the
# functions that only store or report), not values that depend on the build or machine
import sys

names = ['flags', 'float_info', 'int_info', 'hash_info', 'thread_info', 'getrefcount',
         'getallocatedblocks', 'intern', 'is_finalizing', 'exception', 'exc_info', 'call_tracing',
         'settrace', 'gettrace', 'setprofile', 'getprofile', 'stdlib_module_names',
         'builtin_module_names', 'orig_argv', 'platlibdir', 'getdlopenflags', 'setdlopenflags',
         'get_coroutine_origin_tracking_depth', 'set_coroutine_origin_tracking_depth',
         'getunicodeinternedsize', 'is_stack_trampoline_active', '_clear_type_cache',
         'activate_stack_trampoline', 'deactivate_stack_trampoline', '_home', '_debugmallocstats',
         'getswitchinterval', 'setswitchinterval', 'get_int_max_str_digits', 'set_int_max_str_digits',
         'unraisablehook', '__unraisablehook__', 'breakpointhook', 'addaudithook', 'audit',
         'get_asyncgen_hooks', 'set_asyncgen_hooks', 'exit', 'getsizeof', 'getrecursionlimit']
print([n for n in names if not hasattr(sys, n)])
missing_dir = [n for n in names if n not in dir(sys)]
print(missing_dir)

print(type(sys.flags).__name__, len(sys.flags), sys.flags._fields if hasattr(sys.flags, '_fields') else 'no _fields')
print([f for f in ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
                   'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
                   'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
                   'safe_path', 'int_max_str_digits') if not hasattr(sys.flags, f)])
print(len(sys.float_info), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.radix, sys.float_info.rounds, sys.float_info.min_exp, sys.float_info.max_10_exp)
print(len(sys.int_info), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(len(sys.hash_info), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(len(sys.thread_info), type(sys.thread_info.name).__name__)

print(type(sys.getrefcount(object())).__name__, sys.getrefcount(object()) >= 1)
print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() >= 0)
s = sys.intern('gil' + 'vm')
print(s, s is sys.intern('gilvm'), sys.is_finalizing())
for bad in (1, b'x'):
    try:
        sys.intern(bad)
    except TypeError as e:
        print('intern', type(bad).__name__, e)
print(sys.exception(), sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__, sys.exc_info()[1] is sys.exception())
print(sys.exception())
print(sys.call_tracing(lambda a, b: a * b, (6, 7)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print('call_tracing', e)


def tracer(*args):
    return None


print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())

print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names) > 200)
print(sorted(n for n in ('json', 're', 'sys', 'os', 'asyncio', 'collections', 'numpy', 'gilvm') if n in sys.stdlib_module_names))
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
print(type(sys.orig_argv).__name__, all(type(a) is str for a in sys.orig_argv), sys.platlibdir)
print(sys.getdlopenflags())
sys.setdlopenflags(258)
print(sys.getdlopenflags())
sys.setdlopenflags(2)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(depth=0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print('ValueError', e)
print(sys.is_stack_trampoline_active(), sys._clear_type_cache(), sys.deactivate_stack_trampoline())
print(type(sys.getunicodeinternedsize()).__name__)
print(repr(sys.intern), repr(sys.exc_info), repr(sys.unraisablehook), repr(sys.getdlopenflags))
print(sys.__unraisablehook__ is sys.unraisablehook, sys.__excepthook__ is sys.excepthook)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.version_info[:2], sys.hexversion >> 16)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.api_version, sys.float_repr_style, sys.get_int_max_str_digits())
