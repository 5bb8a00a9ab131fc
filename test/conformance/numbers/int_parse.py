# int(): parsing strings in any base, underscores, whitespace, errors, the 4300-digit limit.
tests = [('42', 10), ('  -17  ', 10), ('+8', 10), ('1_000_000', 10), ('ff', 16), ('0xff', 16), ('0xFF', 0),
         ('0o777', 0), ('0b1011', 0), ('777', 8), ('z', 36), ('ZZZZ', 36), ('0', 0), ('00', 0), ('1010', 2),
         ('-0b11', 0), ('١٢٣', 10), ('12', 3), ('\t99\n', 10), ('0_0', 0)]
for s, base in tests:
    print(repr(s), base, '->', int(s, base))
bad = [('', 10), ('1.5', 10), ('abc', 10), ('12', 2), ('0x', 16), ('1__0', 10), ('_1', 10), ('1_', 10),
       ('09', 0), ('0b2', 0), ('- 1', 10), ('8', 8), ('10', 37), ('10', 1)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print('ValueError:', e)
print(int(), int(3.99), int(-3.99), int(True), int('  7 '), int(b'12'), int(bytearray(b'-3')))
try:
    int(5, 10)
except TypeError as e:
    print('TypeError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
big = '9' * 4300
print(len(str(int(big))))
try:
    int('9' * 4301)
except ValueError as e:
    print('ValueError:', e)
try:
    str(10 ** 4301)
except ValueError as e:
    print('ValueError:', e)
print(hex(10 ** 5000)[:20], len(hex(10 ** 5000)))
print(int('1' * 100, 2), int('z' * 30, 36))
class WithIndex:
    def __index__(self):
        return 12
class WithInt:
    def __int__(self):
        return 34
class WithTrunc:
    def __trunc__(self):
        return 56
print(int(WithIndex()), int(WithInt()), int('12', base=WithIndex()))
