# struct: float formats e, f, d (rounding, overflow, infinities, NaN, subnormals)
import struct, math

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

halves = [0.0, -0.0, 1.0, -1.5, 65504.0, 65519.0, 65519.99, 6.1e-05, 6.103515625e-05, 5.96e-08, 5.960464477539063e-08,
          2.98e-08, 2.9802322387695312e-08, 2.99e-08, 1e-09, 0.1, 1/3, 3.14159, 1000.5, 2049.0, 2051.0, 4097.0,
          float('inf'), float('-inf'), 0.000123, 12345.678]
for x in halves:
    t('e %r' % x, lambda: (struct.pack('<e', x).hex(), struct.unpack('<e', struct.pack('<e', x))[0]))
t('e nan', lambda: struct.pack('<e', float('nan')).hex())
t('e -nan', lambda: struct.pack('>e', -float('nan')).hex())
t('e big', lambda: struct.pack('<e', 65520.0))
t('e big2', lambda: struct.pack('>e', -1e6))
for bits in [0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x7e00, 0x8001, 0xc000]:
    print(hex(bits), struct.unpack('<e', bits.to_bytes(2, 'little')))

floats = [0.0, -0.0, 1.0, 0.1, 1/3, 3.4028234663852886e38, 3.4028235677973366e38, 1e-45, 1.4e-45, 7e-46, 1e-46,
          1.17549435e-38, 16777217.0, 1e38, float('inf'), float('-inf')]
for x in floats:
    t('f %r' % x, lambda: (struct.pack('<f', x).hex(), struct.unpack('<f', struct.pack('<f', x))[0]))
t('<f 1e300', lambda: struct.pack('<f', 1e300))
t('>f -1e39', lambda: struct.pack('>f', -1e39))
t('f 1e300', lambda: struct.pack('f', 1e300).hex())
t('f nan', lambda: math.isnan(struct.unpack('<f', struct.pack('<f', float('nan')))[0]))
t('f -nan', lambda: struct.pack('>f', -float('nan')).hex())
for x in [0.0, -0.0, 5e-324, 1.7976931348623157e308, 0.1, -1e-300, float('inf')]:
    t('d %r' % x, lambda: (struct.pack('>d', x).hex(), struct.unpack('>d', struct.pack('>d', x))[0]))
t('d -nan', lambda: struct.pack('>d', -float('nan')).hex())
t('d nan rt', lambda: struct.pack('<d', struct.unpack('<d', bytes.fromhex('010000000000f8ff'))[0]).hex())
t('d str', lambda: struct.pack('d', '1.0'))
t('f None', lambda: struct.pack('f', None))
t('e list', lambda: struct.pack('e', []))
t('d bigint', lambda: struct.pack('<d', 2**100).hex())
t('d hugeint', lambda: struct.pack('<d', 2**2000))
