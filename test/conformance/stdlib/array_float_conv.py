# struct and array take __float__ objects for float formats (PyFloat_AsDouble); array[int] is a GenericAlias
import struct
from array import array
class F:
    def __float__(self): return 2.5
class Bad:
    def __float__(self): return 'x'
print(struct.pack('<d', F()), struct.pack('<f', F()), array('d', [F()]), array('f', [F(), 1]))
for f in [lambda: struct.pack('<d', Bad()), lambda: array('d', [Bad()]), lambda: struct.pack('<e', object())]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(array[int], array['i'].__origin__ is array)
