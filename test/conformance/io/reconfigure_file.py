# reconfigure() on files from open(): the encoding and newline of later writes, errors on reads,
# the position kept across a change, line_buffering on a file.
import os

path = 'reconfigure_file.tmp'
with open(path, 'w', encoding='utf-8') as f:
    f.write('é\n')
    f.reconfigure(encoding='latin-1')
    f.write('é\n')
    f.reconfigure(newline='\r\n')
    f.write('crlf\n')
    f.reconfigure(encoding='ascii', errors='replace')
    f.write('✓ ok\n')
    f.reconfigure(errors='backslashreplace', newline=None)
    f.write('✓ ok\n')
    print(f.tell())
with open(path, 'rb') as f:
    print(f.read())

# Reading: the encoding and errors set before the first read are used.
with open(path, 'rb') as f:
    data = f.read()
f = open(path, encoding='utf-8')
f.reconfigure(errors='replace')
print(repr(f.read()))
f.close()
f = open(path)
f.reconfigure(encoding='latin-1', newline='')
print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
print(f.tell())
f.close()
f = open(path, encoding='ascii')
f.reconfigure(errors='surrogateescape')
text = f.read()
print(repr(text), text.encode('ascii', 'surrogateescape') == data.replace(b'\r\n', b'\n'))
f.close()

# Writing after reading everything, in r+ mode.
with open(path, 'r+', encoding='utf-8', errors='replace') as f:
    f.read()
    f.reconfigure(encoding='latin-1')
    f.write('ü')
with open(path, 'rb') as f:
    print(f.read()[-4:])

with open(path, 'w') as f:
    f.reconfigure(line_buffering=True)
    f.write('a\nb')
    with open(path) as g:
        print(repr(g.read()))
os.remove(path)
