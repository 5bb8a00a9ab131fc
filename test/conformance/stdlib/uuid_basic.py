# uuid: UUID's views of its 128-bit int, parsing and its errors, variants and versions, uuid1 and
# uuid4 (their shapes only: they are random), ordering, hashing and copies.
import uuid, copy
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(repr(u), str(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, u.urn, u.variant, u.version, u.is_safe, hash(u) == hash(u.int))
print(uuid.NAMESPACE_DNS, uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.SafeUUID.safe, repr(uuid.SafeUUID.unknown))
for bad in ['', '123', '{12345678-1234-5678-1234-56781234567g}', 'urn:uuid:12345678-1234-5678-1234-5678123456789']:
    try: uuid.UUID(bad)
    except Exception as e: print(type(e).__name__, e)
for kw in [{}, {'int': -1}, {'int': 1 << 128}, {'bytes': b'1'}, {'bytes_le': b'12'}, {'fields': (1, 2, 3)},
           {'fields': (1 << 32, 0, 0, 0, 0, 0)}, {'fields': (0, 0, 0, 0, 256, 0)}, {'int': 1, 'version': 6},
           {'hex': u.hex, 'int': 1}]:
    try: uuid.UUID(**kw)
    except Exception as e: print(type(e).__name__, e)
try: u.x = 1
except Exception as e: print(type(e).__name__, e)
try: u.int = 1
except Exception as e: print(type(e).__name__, e)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID('urn:uuid:12345678123456781234567812345678') == u, u < uuid.UUID(int=u.int+1), u == u.int, u != 'x')
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, int(u) == u.int)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=5, version=1).version, uuid.UUID(int=2**128-1).variant)
for v in (0, 0x8000 << 48, 0xc000 << 48, 0xe000 << 48):
    print(uuid.UUID(int=v).variant, uuid.UUID(int=v).version)
a = uuid.uuid4(); b = uuid.uuid4()
print(a.version, a.variant, a != b, len(str(a)), a.is_safe)
n = uuid.getnode()
print(0 <= n < 2**48, n == uuid.getnode())
t1 = uuid.uuid1(); t2 = uuid.uuid1()
print(t1.version, t1.variant, t1.node == n, t2.time > t1.time, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).clock_seq, uuid.uuid1(node=0x123456789abc).node)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(copy.copy(u) == u, copy.deepcopy(u) == u, u.__getstate__())
print({u: 1}[uuid.UUID(str(u))], uuid.UUID.__slots__)
