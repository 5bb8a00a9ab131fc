# open() errors: missing files, directories, bad modes, closed files, wrong-direction operations.
try:
    open('does_not_exist.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e, '| errno', e.errno, '| filename', e.filename, '| strerror', e.strerror)
try:
    open('missing_dir/file.txt', 'w')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
try:
    open('.')
except IsADirectoryError as e:
    print('IsADirectoryError:', e)
for mode in ['z', 'rw', 'rbt', 'wa', '']:
    try:
        open('x.txt', mode)
    except ValueError as e:
        print('ValueError:', e)
try:
    open('x.txt', 'wb', encoding='utf-8')
except ValueError as e:
    print('ValueError:', e)
with open('w.txt', 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open('w.txt') as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e)
f = open('w.txt')
f.close()
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: next(iter(f)), lambda: f.seek(0)]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
try:
    open(3.5)
except TypeError as e:
    print('TypeError:', e)
try:
    open('w.txt', encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
with open('w.txt', 'w') as f:
    try:
        f.write(b'bytes into text')
    except TypeError as e:
        print('TypeError:', e)
print(open('w.txt').read() == '', f.closed)
