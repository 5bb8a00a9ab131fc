# Subclasses of io.FileIO: their own __init__ arguments, extra attributes and __slots__, methods
# that wrap the native ones, and the repr with the subclass's name; FileIO.__init__ again on an
# open file closes it first.
import io
import os

path = 'fileio_subclass.tmp'


class Counting(io.FileIO):
    def __init__(self, name, mode='r'):
        super().__init__(name, mode)
        self.reads = 0

    def read(self, size=-1):
        self.reads += 1
        return super().read(size)


class Slotted(io.FileIO):
    __slots__ = ('tag',)


with Counting(path, 'w') as w:
    print(type(w).__name__, repr(w), w.write(b'abcdef'), isinstance(w, io.FileIO), isinstance(w, io.RawIOBase))
c = Counting(path)
print(c.read(2), c.read(), c.reads, c.name, c.mode, c.closefd)
c.close()
print(repr(c), c.closed)

s = Slotted(path, 'rb')
s.tag = 'x'
print(s.tag, s.read(3), repr(s))
s.close()

f = io.FileIO(path)
print(f.read(2))
f.__init__(path, 'ab')
print(f.writable(), f.write(b'gh'), f.closed)
f.close()
with open(path, 'rb') as r:
    print(r.read())

blank = io.FileIO.__new__(io.FileIO)
print(repr(blank), blank.closed)
try:
    blank.name
except AttributeError as e:
    print('AttributeError', e)
os.remove(path)
