# tempfile: gettempdir and friends, mkstemp, mktemp, NamedTemporaryFile (delete,
# delete_on_close), TemporaryFile and SpooledTemporaryFile (rollover). Names are random: only
# their prefixes, suffixes, lengths and the files' existence are printed.
import os
import re
import tempfile

NAME = re.compile(r'[a-z0-9_]{8}')


def shape(path, prefix='tmp', suffix='', folder=None):
    """What can be said of a random name: where it is, its prefix, 8 random chars, suffix."""
    folder = os.path.abspath(folder) if folder is not None else tempfile.gettempdir()
    if isinstance(path, bytes):
        path, prefix, suffix, folder = (os.fsdecode(x) for x in (path, prefix, suffix, folder))
    head, name = os.path.split(path)
    middle = name[len(prefix):len(name) - len(suffix)]
    return (head == folder, name.startswith(prefix), name.endswith(suffix), len(middle),
            bool(NAME.fullmatch(middle)))


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(tempfile.__all__), tempfile.template, tempfile.TMP_MAX)
print(tempfile.gettempprefix(), tempfile.gettempprefixb())
d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), tempfile.gettempdirb() == os.fsencode(d), tempfile.tempdir == d)
seq = tempfile._RandomNameSequence()
names = [next(seq) for _ in range(50)]
print(all(NAME.fullmatch(n) for n in names), len(set(names)) > 45, tempfile._RandomNameSequence.characters)

fd, path = tempfile.mkstemp()
print(type(fd).__name__, os.path.isabs(path), shape(path), os.path.exists(path), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'data')
os.close(fd)
print(os.path.getsize(path))
os.unlink(path)
os.mkdir('here')
fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir='here')
os.close(fd)
print(shape(path, 'pre_', '.txt', 'here'), sorted(os.listdir('here')) == [os.path.basename(path)])
os.unlink(path)
fd, path = tempfile.mkstemp(suffix=b'.bin', dir=b'here')
os.close(fd)
print(type(path).__name__, shape(path, b'tmp', b'.bin', b'here'))
os.unlink(path)
fd, path = tempfile.mkstemp(text=True, prefix='')
os.close(fd)
print(shape(path, ''))
os.unlink(path)
attempt('mkstemp mixed', lambda: tempfile.mkstemp(suffix=b'x', prefix='y'))
try:
    tempfile.mkstemp(dir='missing')
except OSError as e:
    print('mkstemp missing dir', type(e).__name__, e.errno, os.path.dirname(e.filename) == os.path.abspath('missing'))

name = tempfile.mktemp()
print(shape(name), os.path.exists(name))
name = tempfile.mktemp(suffix='.s', prefix='p', dir='here')
print(name.startswith('here/p'), name.endswith('.s'), len(name) == len('here/p.s') + 8, os.path.exists(name))

# NamedTemporaryFile: deleted when closed
f = tempfile.NamedTemporaryFile(dir='here', suffix='.dat')
print(type(f).__name__, shape(f.name, 'tmp', '.dat', 'here'), os.path.exists(f.name), f.mode,
      type(f.file).__name__, f.file.name == f.name)
print(f.write(b'abc'), f.tell(), f.seek(0), f.read(), f.closed)
f.close()
print(f.closed, os.path.exists(f.name))
with tempfile.NamedTemporaryFile('w+', dir='here', prefix='txt') as f:
    print(type(f.file).__name__, f.write('line 1\nline 2\n'), f.seek(0), list(f), f.name.startswith(os.path.abspath('here/txt')))
    kept = f.name
print(f.closed, os.path.exists(kept))
with tempfile.NamedTemporaryFile(dir='here', delete=False) as f:
    f.write(b'stay')
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.unlink(f.name)
# delete_on_close=False: closing keeps it, leaving the with statement removes it
with tempfile.NamedTemporaryFile(dir='here', delete_on_close=False) as f:
    f.write(b'reopen')
    f.close()
    with open(f.name, 'rb') as again:
        print('reopened', again.read(), os.path.exists(f.name))
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile(dir='here') as f:
    f.close()
    print('closed inside', os.path.exists(f.name))
print(os.listdir('here'))
f = tempfile.NamedTemporaryFile(mode='w', dir='here', encoding='latin-1', newline='\r\n')
f.write('é\n')
f.flush()
print(open(f.name, 'rb').read(), f.encoding)
f.close()
attempt('NamedTemporaryFile bad mode', lambda: tempfile.NamedTemporaryFile(mode='q', dir='here'))
print(os.listdir('here'))

# TemporaryFile: no name left in the folder
with tempfile.TemporaryFile(dir='here') as t:
    print(type(t).__name__, type(t.name).__name__, t.mode, t.write(b'xyz'), t.seek(0), t.read(), os.listdir('here'))
print(t.closed)
with tempfile.TemporaryFile('w+', dir='here') as t:
    t.write('text')
    t.seek(0)
    print(type(t).__name__, t.read())

# SpooledTemporaryFile: memory until max_size, then a real file
s = tempfile.SpooledTemporaryFile(max_size=10, dir='here')
print(s._rolled, s.mode, s.name, s.closed, s.write(b'12345'), s.tell(), s._rolled)
print(s.write(b'678901'), s._rolled, s.tell(), type(s.name).__name__, s.seek(0), s.read(), os.listdir('here'))
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    print(s.write('héllo\n'), s.tell(), s.encoding, s.errors, s.newlines, s._rolled)
    s.seek(0)
    print(repr(s.read()), s.newlines, s.readable(), s.writable(), s.seekable(), s.isatty())
    fileno = s.fileno()
    print(type(fileno).__name__, s._rolled, s.tell(), s.seek(0), repr(s.readline()))
with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.writelines([b'a\n', b'b\n'])
    s.seek(0)
    print(list(s), s.readlines(), s.truncate(1), s.seek(0), s.read(), s._rolled)
    s.truncate(200)
    print(s._rolled)
s = tempfile.SpooledTemporaryFile()
s.close()
attempt('enter closed', lambda: s.__enter__())
print(tempfile.SpooledTemporaryFile[bytes])
