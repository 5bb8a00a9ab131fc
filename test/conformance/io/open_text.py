# open() in text mode: write, read, readline(s), iteration, append, 'x' mode, encodings, newlines, with.
with open('notes.txt', 'w', encoding='utf-8') as f:
    print(type(f).__name__, f.name, f.mode, f.closed, f.writable(), f.readable())
    print(f.write('first line\n'), f.write('second: é ü 中\n'))
    f.write('third\n')
    print('print into a file', 42, file=f)
print(f.closed)
with open('notes.txt', encoding='utf-8') as f:
    print(repr(f.read()))
with open('notes.txt', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open('notes.txt', encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip('\n'))
with open('notes.txt', 'a', encoding='utf-8') as f:
    f.write('appended\n')
    f.writelines(['w1\n', 'w2\n'])
with open('notes.txt', encoding='utf-8') as f:
    lines = f.read().splitlines()
print(len(lines), lines[-3:])
with open('crlf.txt', 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
with open('crlf.txt') as f:
    print(repr(f.read()))
with open('crlf.txt', newline='') as f:
    print(repr(f.read()))
with open('crlf.txt', 'rb') as f:
    print(f.read())
with open('latin.txt', 'w', encoding='latin-1') as f:
    f.write('café')
with open('latin.txt', 'rb') as f:
    print(f.read())
with open('latin.txt', encoding='latin-1') as f:
    print(f.read())
try:
    with open('latin.txt', encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open('latin.txt', encoding='utf-8', errors='replace') as f:
    print(f.read())
with open('new.txt', 'x') as f:
    f.write('exclusive')
try:
    open('new.txt', 'x')
except FileExistsError as e:
    print('FileExistsError:', e)
f = open('new.txt', 'r+')
print(f.read(3), f.read(), f.write('!'))
f.close()
print(open('new.txt').read(), open('new.txt').read(0), repr(open('new.txt').read(100)))
with open('new.txt', 'w') as f:
    pass
print(repr(open('new.txt').read()))
