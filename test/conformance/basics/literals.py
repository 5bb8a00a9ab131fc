# Literals: numbers in all bases with underscores, strings (raw, bytes, escapes, concatenation, triple-quoted), containers, Ellipsis.
print(0, 0x1F, 0o17, 0b1010, 1_000_000, 0x_FF, 1e3, 1.5e-3, .5, 5., 1_0.0_1, 3j, 1.5J, 0xdead_beef)
print(123456789012345678901234567890, -0, 00, 0e0, 1E10)
print('single', "double", '''triple
quoted''', """also
triple""")
print('con' 'cat' "enation", 'a' '' 'b', r'raw \n string', R'raw\t', b'bytes', rb'raw\bytes', Rb'\x00', br'\d')
print('\x41\u0042\U00000043\N{LATIN SMALL LETTER D}\101\t|\\|\'|\"|\a\b\f\v'.encode())
print('line one\
 continued', len('\0'), '\77', repr('\x7f'))
print([], [1, 2,], (), (1,), {}, {1: 2,}, {1, 2}, [*[], *()], {**{}})
print(..., Ellipsis, type(...), None, True, False, NotImplemented)
print(type(1).__name__, type(1.0).__name__, type(1j).__name__, type('').__name__, type(b'').__name__, type(()).__name__)
print(f'{1}' 'plain' f'{2}', 'plain' f'{3}', u'unicode prefix', U'also')
print(len('''
'''), '''a'b"c''', """a"b'c""", '\N{EM DASH}', '\u00e9' == 'é')
print(0.1, 1e-7, 1e16, 1e22, 123.456e2, 1_0e1_0, 0.000_1)
x = [
    1,
    2,  # comment inside brackets
]
print(x, (1 +
          2), {'a':
               1})
