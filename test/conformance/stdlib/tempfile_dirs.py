# tempfile: mkdtemp and TemporaryDirectory (the context manager's name, cleanup of a filled
# tree, cleanup twice, delete=False, ignore_cleanup_errors, a folder removed meanwhile) and the
# tempdir global. Names are random: only where they are, prefixes, suffixes and lengths show.
import os
import re
import tempfile

NAME = re.compile(r'[a-z0-9_]{8}')


def shape(path, prefix='tmp', suffix='', folder='.'):
    head, name = os.path.split(path)
    middle = name[len(prefix):len(name) - len(suffix)]
    return (head == os.path.abspath(folder), name.startswith(prefix), name.endswith(suffix),
            bool(NAME.fullmatch(middle)))


os.mkdir('base')
made = tempfile.mkdtemp(dir='base')
print(os.path.isabs(made), shape(made, folder='base'), os.path.isdir(made), oct(os.stat(made).st_mode & 0o777),
      os.listdir(made))
os.rmdir(made)
made = tempfile.mkdtemp(suffix='.d', prefix='work-', dir='base')
print(shape(made, 'work-', '.d', 'base'))
os.rmdir(made)
made = tempfile.mkdtemp(dir=b'base')
print(type(made).__name__, os.path.isdir(made), os.path.dirname(made) == os.path.abspath(b'base'))
os.rmdir(made)
default = tempfile.mkdtemp()
print(os.path.dirname(default) == tempfile.gettempdir())
os.rmdir(default)
try:
    tempfile.mkdtemp(dir='missing')
except OSError as e:
    print('mkdtemp missing', type(e).__name__, e.errno)
try:
    tempfile.mkdtemp(prefix=b'x', dir='base')
except TypeError as e:
    print('mkdtemp mixed', e)

with tempfile.TemporaryDirectory(dir='base', prefix='ctx') as name:
    print(type(name).__name__, shape(name, 'ctx', '', 'base'), os.path.isdir(name))
    os.makedirs(os.path.join(name, 'a/b/c'))
    for rel in ['f.txt', 'a/g.txt', 'a/b/c/h.txt']:
        with open(os.path.join(name, rel), 'w') as f:
            f.write(rel)
    os.symlink('a', os.path.join(name, 'link'))
    os.symlink('/', os.path.join(name, 'outside'))
print(os.path.exists(name), os.listdir('base'))

td = tempfile.TemporaryDirectory(dir='base', suffix='_s')
print(type(td).__name__, repr(td) == f'<TemporaryDirectory {td.name!r}>', shape(td.name, 'tmp', '_s', 'base'))
open(os.path.join(td.name, 'x'), 'w').close()
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
os.mkdir(td.name)
td.cleanup()
print('made again, cleaned', os.path.exists(td.name))
with td as entered:
    print(entered == td.name)
print(os.listdir('base'))

with tempfile.TemporaryDirectory(dir='base', delete=False) as kept:
    pass
print('delete=False', os.path.isdir(kept))
os.rmdir(kept)

td = tempfile.TemporaryDirectory(dir='base', ignore_cleanup_errors=True)
os.rmdir(td.name)
td.cleanup()
print('gone already', os.path.exists(td.name))
with tempfile.TemporaryDirectory(dir='base') as name:
    os.rmdir(name)
print('removed inside', os.path.exists(name))

td = tempfile.TemporaryDirectory(dir='base')
sub = os.path.join(td.name, 'locked')
os.mkdir(sub)
open(os.path.join(sub, 'f'), 'w').close()
os.chmod(sub, 0o500)
td.cleanup()
print('read-only subfolder', os.path.exists(td.name))
print(tempfile.TemporaryDirectory[str], os.listdir('base'))

# tempdir chooses the default folder
saved = tempfile.tempdir
tempfile.tempdir = os.path.abspath('base')
fd, path = tempfile.mkstemp()
os.close(fd)
print(tempfile.gettempdir() == os.path.abspath('base'), os.path.dirname(path) == tempfile.tempdir)
os.unlink(path)
with tempfile.TemporaryDirectory() as name:
    print(os.path.dirname(name) == tempfile.tempdir)
print(tempfile.mktemp().startswith(tempfile.tempdir + os.sep))
tempfile.tempdir = os.fsencode(os.path.abspath('base'))
fd, path = tempfile.mkstemp()
os.close(fd)
print(type(path).__name__, tempfile.gettempdir() == os.path.abspath('base'))
os.unlink(path)
tempfile.tempdir = saved
print(os.listdir('base'))
