# Threads compressing and decompressing at once (each with its own objects); results only.
import threading
import zlib

blob = b''.join(b'record %d value %d\n' % (i, i * 7919 % 10007) for i in range(60000))
results = {}


def work(k):
    mine = blob[k:] + bytes([k]) * 1000
    c = zlib.compress(mine, k % 10)
    s = zlib.compressobj(k % 10, zlib.DEFLATED, -15)
    raw = b''.join(s.compress(mine[i:i + 100000]) for i in range(0, len(mine), 100000)) + s.flush()
    d = zlib.decompressobj(-15)
    back = b''.join(d.decompress(raw[i:i + 65536]) for i in range(0, len(raw), 65536))
    results[k] = (zlib.decompress(c) == mine, back == mine, zlib.crc32(mine), zlib.adler32(mine))


threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
