# struct: every integer code at the edges of its range (the small-int and 8-byte paths), padding, s/c/p/?; bytes concatenation and indexing as pickle uses them
import struct
for fmt in ['<q','>q','<Q','>Q','@q','@Q','<i','>I','<h','<H','b','B','n','N','P','<l','>L']:
    for v in [0,1,-1,2**31-1,-2**31,2**31,2**32-1,2**32,2**53-1,2**53,2**53+1,-2**53,-2**53-1,2**63-1,-2**63,2**64-1,255,-128,127,65535,-32768,2**30,-2**30-1, 2**30-1]:
        try:
            d=struct.pack(fmt,v); print(fmt,v,d.hex(),struct.unpack(fmt,d), struct.unpack_from(fmt, b'x'+d, 1))
        except struct.error as e: print(fmt,v,'error',e)
print(struct.unpack('<3sxc2p?', b'abc\x00z\x01h\x01'))
print(struct.pack('<bxhxq', 1, 2, 3).hex(), struct.pack('bhq', 1, 2, 3).hex())
# bytes concatenation and indexing, the forms pickle builds its output with
out = bytearray()
for i in range(300):
    out += b'K' + struct.pack('<H', i)
    out += bytes([i % 256]) * (i % 20)
    out += out[-3:]
print(len(out), out[:12], out[-12:], sum(out[::7]))
try:
    out += out
except BufferError as e:
    print("BufferError", e)
out += bytes(out)
print(len(out), out[-5:], out[-1], out[-len(out)])
b = bytes(out)
print(b[0], b[-1], b[5:9], b[5:5], b[::-50][:4], b[-3:], b[10:2])
for bad in (len(b), -len(b) - 1):
    try:
        b[bad]
    except IndexError as e:
        print('IndexError', e)
class B(bytes): pass
print(type(B(b'ab') + b'cd'), B(b'ab')[1], type(B(b'abc')[1:]), b'x' + bytearray(b'y'), type(b'' + b''))
ba = bytearray(b"ab"); ba += bytes(ba); ba += memoryview(b'zz'); print(ba)
class BA(bytearray): pass
x = BA(b'q')
try:
    x += x
except BufferError as e:
    print('BufferError', e)
x += b'r'; print(x, type(x))
