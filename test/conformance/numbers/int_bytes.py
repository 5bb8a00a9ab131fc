# int.to_bytes / int.from_bytes: byte orders, signed, lengths, overflow.
for n in [0, 1, 255, 256, 65535, 2 ** 64 - 1, 2 ** 100]:
    nbytes = max(1, (n.bit_length() + 7) // 8)
    print(n, n.to_bytes(nbytes, 'big'), n.to_bytes(nbytes + 1, 'little'))
for n in [-1, -128, -129, 127, -(2 ** 63)]:
    b = n.to_bytes(9, 'big', signed=True)
    print(n, b, int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'big'))
print((1).to_bytes(), (200).to_bytes(2), (258).to_bytes(length=2, byteorder='little'))
print(int.from_bytes(b'\xff\xff'), int.from_bytes(b'\xff\xff', signed=True), int.from_bytes([1, 2, 3], 'little'))
print(int.from_bytes(b''), int.from_bytes(b'\x00' * 20 + b'\x01', 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))
for args in [(256, 1, 'big'), (-1, 1, 'big'), (128, 1, 'big', True)]:
    try:
        n, length, order, *signed = args
        n.to_bytes(length, order, signed=bool(signed))
    except OverflowError as e:
        print('OverflowError:', e)
try:
    (5).to_bytes(2, 'middle')
except ValueError as e:
    print('ValueError:', e)
try:
    (5).to_bytes(-1, 'big')
except ValueError as e:
    print('ValueError:', e)
x = 0x0123456789abcdef
print(x.to_bytes(8, 'big').hex(), x.to_bytes(8, 'little').hex(' '))
print(int.from_bytes(x.to_bytes(8, 'big'), 'little') == int.from_bytes(x.to_bytes(8, 'little'), 'big'))
class Sub(int):
    pass
print(type(Sub.from_bytes(b'\x05', 'big')).__name__, Sub.from_bytes(b'\x05', 'big'))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
