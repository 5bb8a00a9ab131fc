# The BOM of utf-16, utf-32 and utf-8-sig goes out once, at the start of a seekable file (again
# after a seek to 0), not when appending, and never on a stream (sys.stdout reconfigured to utf-16).
import os, sys
with open('reconfigure_bom.tmp', 'w', encoding='utf-16') as f:
    f.write('a'); f.write('b')
with open('reconfigure_bom.tmp', 'rb') as f: print(f.read())
with open('reconfigure_bom.tmp', 'a', encoding='utf-16') as f:
    f.write('c')
with open('reconfigure_bom.tmp', 'rb') as f: print(f.read())
with open('reconfigure_bom.tmp', encoding='utf-16') as f: print(repr(f.read()))
with open('reconfigure_bom.tmp', 'w') as f:
    f.write('x')
    f.reconfigure(encoding='utf-16')
    f.write('y')
with open('reconfigure_bom.tmp', 'rb') as f: print(f.read())
os.remove('reconfigure_bom.tmp')
with open('reconfigure_bom.tmp', 'w+', encoding='utf-16') as f:
    f.write('ab'); print(f.tell()); f.seek(0); f.write('c'); f.seek(0); print(repr(f.read()))
with open('reconfigure_bom.tmp', 'rb') as f: print(f.read())
with open('reconfigure_bom.tmp', 'w', encoding='utf-8-sig') as f:
    f.write('a'); f.write('b'); print(f.tell())
with open('reconfigure_bom.tmp', 'a', encoding='utf-8-sig') as f:
    f.write('c')
with open('reconfigure_bom.tmp', 'rb') as f: print(f.read())
with open('reconfigure_bom.tmp', 'w', encoding='utf-32') as f:
    f.write('a'); f.write('b')
with open('reconfigure_bom.tmp', 'rb') as f: print(f.read())
os.remove('reconfigure_bom.tmp')
sys.stdout.flush()
sys.stdout.reconfigure(encoding='utf-16')
print('hi')
print('there')
