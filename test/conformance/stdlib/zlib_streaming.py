# zlib.compressobj / decompressobj: state across calls, flush modes, max_length, unused data, copy.
import zlib

data = b''.join(b'%d squared is %d; ' % (i, i * i) for i in range(20000))
pieces = [data[i:i + 777] for i in range(0, len(data), 777)]

for wbits in (15, -15, 31, 9):
    for level in (0, 1, 6, 9):
        c = zlib.compressobj(level, zlib.DEFLATED, wbits)
        out = b''.join(c.compress(p) for p in pieces) + c.flush()
        dw = 47 if wbits > 0 else wbits
        assert zlib.decompress(out, dw) == data, (wbits, level)
        d = zlib.decompressobj(dw)
        got = b''.join(d.decompress(out[i:i + 1000]) for i in range(0, len(out), 1000)) + d.flush()
        assert got == data and d.eof and d.unused_data == b'' and d.unconsumed_tail == b''
print('streams ok')

for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY):
    for mem in (1, 8, 9):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        assert zlib.decompress(c.compress(data) + c.flush()) == data
print('strategies ok')

# flush modes: a sync or full flush makes everything so far decompressible
c = zlib.compressobj()
d = zlib.decompressobj()
for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK):
    part = c.compress(b'chunk %d ' % mode * 50) + c.flush(mode)
    print(mode, len(d.decompress(part)), d.eof)
print(c.flush(zlib.Z_NO_FLUSH))
tail = c.flush()
print(d.decompress(tail), d.eof, d.unused_data)
print(zlib.compressobj().flush(), zlib.compressobj(wbits=-15).flush(), zlib.compressobj(wbits=31).flush())
print(c.flush(zlib.Z_NO_FLUSH))
for f in (lambda: c.compress(b'more'), lambda: c.flush(), lambda: c.copy()):
    try:
        f()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)

# max_length and unconsumed_tail
comp = zlib.compress(data)
d = zlib.decompressobj()
outs = []
chunk = d.decompress(comp, 4096)
outs.append(chunk)
while d.unconsumed_tail:
    print_it = len(outs) < 3
    chunk = d.decompress(d.unconsumed_tail, 4096)
    outs.append(chunk)
outs.append(d.flush())
print(max(len(o) for o in outs[:-1]), b''.join(outs) == data, d.eof)
print(all(len(o) == 4096 for o in outs[:len(data) // 4096]))

# unused_data after the end, and calls after eof
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'first') + b'extra'), d.unused_data, d.eof, d.unconsumed_tail)
print(d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj()
src = zlib.compress(b'split') + b'XY'
got = b''.join(d.decompress(src[i:i + 1]) for i in range(len(src)))
print(got, d.unused_data, d.eof)
d = zlib.decompressobj(31)
two = zlib.compress(b'one', wbits=31) + zlib.compress(b'two', wbits=31)
print(d.decompress(two), d.unused_data == zlib.compress(b'two', wbits=31))

# flush() of a decompressor, truncated streams do not raise there
d = zlib.decompressobj()
print(len(d.decompress(comp[:50], 10)) <= 10, len(d.unconsumed_tail), d.eof)
print(len(d.flush()), d.eof, d.unconsumed_tail)

# zdict
zd = b'squared is ' * 10
c = zlib.compressobj(zdict=zd)
z = c.compress(data[:2000]) + c.flush()
print(zlib.decompressobj(zdict=zd).decompress(z) == data[:2000])
for bad in (None, b'wrong dictionary'):
    try:
        (zlib.decompressobj(zdict=bad) if bad else zlib.decompressobj()).decompress(z)
    except zlib.error as e:
        print(e)
try:
    zlib.decompress(z)
except zlib.error as e:
    print(e)
c = zlib.compressobj(wbits=-15, zdict=zd)
z = c.compress(data[:2000]) + c.flush()
print(zlib.decompressobj(wbits=-15, zdict=zd).decompress(z) == data[:2000])
print(zlib.decompressobj(wbits=-15, zdict=bytearray(zd)).decompress(z) == data[:2000])

# copy
c = zlib.compressobj()
head = c.compress(data[:30000])
c2 = c.copy()
a = head + c.compress(b'path one') + c.flush()
b = head + c2.compress(b'path two, longer') + c2.flush()
print(zlib.decompress(a)[-20:], zlib.decompress(b)[-20:])
d = zlib.decompressobj()
first = d.decompress(comp[:len(comp) // 2])
d2 = d.copy()
r1 = first + d.decompress(comp[len(comp) // 2:])
r2 = first + d2.decompress(comp[len(comp) // 2:])
print(r1 == data, r2 == data, d2.eof)
d = zlib.decompressobj()
part = d.decompress(comp, 1000)
d3 = d.copy()
print(d3.unconsumed_tail == d.unconsumed_tail, part + d3.decompress(d3.unconsumed_tail) + d3.flush() == data)
import copy
print(zlib.decompress(b'' + copy.copy(zlib.compressobj()).flush()))

# argument errors
for f in (lambda: zlib.compressobj(10), lambda: zlib.compressobj(6, 9), lambda: zlib.compressobj(6, 8, 16),
          lambda: zlib.compressobj(memLevel=10), lambda: zlib.compressobj(strategy=5),
          lambda: zlib.compressobj(zdict='x'), lambda: zlib.decompressobj(zdict='x'),
          lambda: zlib.decompressobj(99), lambda: zlib.decompressobj(-7),
          lambda: zlib.decompressobj().decompress('x'), lambda: zlib.decompressobj().decompress(b'x', -1),
          lambda: zlib.decompressobj().flush(0), lambda: zlib.compressobj().compress('s'),
          lambda: type(zlib.compressobj())(), lambda: type(zlib.decompressobj())()):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__module__)
