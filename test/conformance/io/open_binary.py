# open() in binary mode: bytes in and out, read(n), seek/tell, readline, readinto, append, bytearray and memoryview writes.
data = bytes(range(256))
with open('blob.bin', 'wb') as f:
    print(type(f).__name__, f.mode, f.write(data), f.write(b'\r\n\n'), f.write(bytearray(b'xyz')), f.write(memoryview(b'mv')))
    print(f.tell())
with open('blob.bin', 'rb') as f:
    print(f.read(4), f.tell(), f.read(2), f.seek(250), f.read(6), f.tell())
    print(f.seek(-3, 2), f.read(), f.read(), f.seek(0), len(f.read()))
    f.seek(10)
    print(f.seek(5, 1), f.read(1))
with open('blob.bin', 'rb') as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-2:])
with open('blob.bin', 'rb') as f:
    buf = bytearray(8)
    print(f.readinto(buf), buf)
    print(f.readline()[:3], f.readable(), f.writable(), f.seekable())
with open('blob.bin', 'ab') as f:
    f.write(b'TAIL')
with open('blob.bin', 'rb') as f:
    content = f.read()
print(len(content), content[-6:], content[255], content.count(b'\n'))
with open('blob.bin', 'r+b') as f:
    f.seek(1)
    f.write(b'\xff\xfe')
    f.seek(0)
    print(f.read(4))
with open('blob.bin', 'w+b') as f:
    print(f.read(), f.write(b'reset'), f.seek(0), f.read())
try:
    with open('blob.bin', 'wb') as f:
        f.write('text into binary')
except TypeError as e:
    print('TypeError:', e)
with open('utf8.txt', 'w', encoding='utf-8') as f:
    f.write('héllo 😀')
with open('utf8.txt', 'rb') as f:
    raw = f.read()
print(raw, len(raw), raw.decode('utf-8'))
