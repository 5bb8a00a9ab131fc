# int.to_bytes and int.from_bytes over many sizes, signs and byte orders, and a 160 KB int, whose
# conversion once took gilvm half a minute (a copy of the whole int for each byte).
import time, random
b = bytes(range(256)) * 625
x = int.from_bytes(b, 'big')
t = time.perf_counter(); y = x.to_bytes(len(b), 'big'); dt = time.perf_counter() - t
print(y == b, dt < 0.5)
random.seed(5)
for n in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 100]:
    for signed in (False, True):
        for order in ('big', 'little'):
            v = random.getrandbits(8 * n) if n else 0
            if signed and n: v -= 1 << (8 * n - 1)
            try:
                bs = v.to_bytes(n, order, signed=signed)
                print(n, signed, order, bs.hex(), int.from_bytes(bs, order, signed=signed) == v)
            except OverflowError as e:
                print(n, signed, order, 'OverflowError', e)
print((255).to_bytes(2, 'little'), (-1).to_bytes(3, 'big', signed=True), (0).to_bytes(0, 'big'), (1).to_bytes(5, 'little'))
print((2**64 - 1).to_bytes(8, 'big'), (-(2**63)).to_bytes(8, 'big', signed=True), (0x0a0b0c).to_bytes(4, 'big'))
