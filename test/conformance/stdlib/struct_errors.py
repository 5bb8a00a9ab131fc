# struct: struct.error and the other exceptions, with CPython's messages
import struct

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for fmt, v in [('b', 200), ('b', -129), ('B', 256), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1),
               ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('Q', 2**64), ('n', 2**63), ('N', -1),
               ('<l', 2**31), ('<L', 2**32), ('<q', 2**64), ('>h', 2**15), ('!H', 65536), ('=i', -2**31 - 1),
               ('b', 'x'), ('b', 1.5), ('i', 3.0), ('q', None), ('d', 'x'), ('c', b'ab'), ('c', 'a'), ('c', 1), ('c', bytearray(b'c')),
               ('s', 'a'), ('s', 1), ('p', 1), ('p', 'x'), ('P', -1), ('P', 2**64), ('P', -2**64)]:
    t('pack %s %r' % (fmt, v), lambda: struct.pack(fmt, v))
for fmt in ['3', 'z', '<n', '=P', '<N', '!P', 'i3', '@', '', '99999999999999999999i', '\x00', 'i\x00', '3e', '<?',
            'y', '%', '4294967296s', 'i!']:
    t('calcsize %r' % fmt, lambda: struct.calcsize(fmt))
t('pack few', lambda: struct.pack('ii', 1))
t('pack many', lambda: struct.pack('i', 1, 2))
t('pack s extra', lambda: struct.pack('2s', b'abc', 1))
t('pack none', lambda: struct.pack())
t('pack fmt int', lambda: struct.pack(1))
t('pack kw', lambda: struct.pack('i', x=1))
t('unpack short', lambda: struct.unpack('i', b'abc'))
t('unpack long', lambda: struct.unpack('<h', b'abc'))
t('unpack str', lambda: struct.unpack('i', 'abcd'))
t('unpack 1 arg', lambda: struct.unpack('i'))
t('unpack_from end', lambda: struct.unpack_from('i', b'abcdefghij', 8))
t('unpack_from -3', lambda: struct.unpack_from('i', b'abcdefghij', -3))
t('unpack_from -30', lambda: struct.unpack_from('i', b'abcdefghij', -30))
t('unpack_from -4', lambda: struct.unpack_from('<i', b'abcdefghij', -4))
t('unpack_from kw', lambda: struct.unpack_from('<h', b'abcdefghij', offset=2))
t('unpack_from bad kw', lambda: struct.unpack_from('<h', b'abc', start=2))
t('pack_into short', lambda: struct.pack_into('i', bytearray(5), 2, 1))
t('pack_into -10', lambda: struct.pack_into('i', bytearray(5), -10, 1))
t('pack_into -2', lambda: struct.pack_into('i', bytearray(5), -2, 1))
t('pack_into bytes', lambda: struct.pack_into('i', b'12345', 0, 1))
t('pack_into count', lambda: struct.pack_into('ii', bytearray(8), 0, 1))
t('pack_into no offset', lambda: struct.pack_into('i', bytearray(8)))
t('iter_unpack bad', lambda: struct.iter_unpack('i', b'12345'))
t('iter_unpack empty fmt', lambda: struct.iter_unpack('', b''))
t('Struct int', lambda: struct.Struct(5))
t('Struct bad', lambda: struct.Struct('<q!'))
t('calcsize int', lambda: struct.calcsize(1))
t('Struct.unpack', lambda: struct.Struct('<h').unpack(b'a'))
t('Struct.pack', lambda: struct.Struct('<hh').pack(1))
t('Struct.pack_into', lambda: struct.Struct('<h').pack_into(bytearray(1), 0, 1))
t('error is', lambda: (isinstance(struct.error('x'), Exception), str(struct.error('msg'))))
