"""Reference dis for standard library modules, for stdlib.test.ts (opt-in).

Usage: python3.12 cpython312_stdlib.py OUT.json [MODULE_FILE ...]
Writes {relative path: {"path": absolute path, "dis": cache-free dis text}}
for each file (relative to this interpreter's Lib/) that compiles.
"""
import io
import json
import os
import re
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
source = open(os.path.join(HERE, 'cpython312.py')).read().replace('\nmain()\n', '\n')
ns = {'__file__': os.path.join(HERE, 'cpython312.py'), '__name__': 'cpython312'}
exec(compile(source, 'cpython312.py', 'exec'), ns)

lib = sysconfig.get_paths()['stdlib']
out = {}
for rel in sys.argv[2:]:
    path = os.path.join(lib, rel)
    with open(path, 'rb') as f:
        data = f.read()
    try:
        co = compile(data, rel, 'exec', dont_inherit=True)
    except SyntaxError:
        continue
    buf = io.StringIO()
    ns['cache_free_dis'](co, buf)
    out[rel] = {'path': path, 'dis': re.sub(r' at 0x[0-9a-f]+', ' at 0x0', buf.getvalue())}
with open(sys.argv[1], 'w') as f:
    json.dump(out, f)
