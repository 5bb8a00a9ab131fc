# sys basics: argv, path[0], version_info, implementation, maxsize, byteorder, intern, recursion limit.
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.path[0], type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 12), type(sys.version_info).__name__)
print(sys.version.startswith('3.12'), isinstance(sys.hexversion, int), sys.hexversion >> 16 == 0x30c)
# gilvm reports "gilvm" here, CPython "cpython": print only what both agree on.
print(sys.implementation.name in ('cpython', 'gilvm'), sys.implementation.version[:2] == sys.version_info[:2] or sys.implementation.name != 'cpython')
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.getrecursionlimit(), type(sys.flags).__name__)
a = sys.intern('hello world' * 2)
b = sys.intern('hello world' * 2)
print(a is b, a == b, sys.intern('x'))
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getswitchinterval(), end=' ')
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError:', e)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30) or 'other')
print(sys.maxunicode, sys.platform in ('linux', 'darwin', 'win32'), type(sys.modules).__name__, sys.dont_write_bytecode)
print(sys.get_int_max_str_digits(), callable(sys.exit), sys.__name__, sys.executable != '')
