# os: directories and files inside the temporary current directory
import os

print(os.getcwd() == os.path.abspath('.'))
os.mkdir('top')
os.makedirs('top/a/b/c')
os.makedirs('top/a/b', exist_ok=True)
try:
    os.makedirs('top/a/b')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename)
for name in ['top/f1.txt', 'top/a/f2.txt', 'top/a/b/c/f3.txt']:
    with open(name, 'w') as f:
        f.write(name)
print(sorted(os.listdir('top')))
print(sorted(os.listdir(b'top')))
print(sorted(os.listdir()) == sorted(os.listdir('.')))

for dirpath, dirnames, filenames in os.walk('top'):
    dirnames.sort()
    print(dirpath, sorted(dirnames), sorted(filenames))
print([d for d, _, _ in os.walk('top', topdown=False)])

with os.scandir('top') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e))
print(entries[0].stat().st_size == os.stat('top/a').st_size)

st = os.stat('top/f1.txt')
print(st.st_size, st[6], len(st), type(st).__name__, type(st).__module__)
print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime))
print(oct(st.st_mode & 0o170000), isinstance(st.st_ino, int), st.st_nlink)
print(os.lstat('top').st_mode & 0o170000 == 0o040000)
print(os.stat_result(range(10)))
try:
    os.stat_result((1, 2))
except TypeError as e:
    print(e)

os.rename('top/f1.txt', 'top/g1.txt')
os.replace('top/g1.txt', 'top/h1.txt')
print(sorted(os.listdir('top')))
os.remove('top/h1.txt')
os.unlink('top/a/f2.txt')
os.remove('top/a/b/c/f3.txt')
os.removedirs('top/a/b/c')
print(os.path.exists('top'))

# chdir changes where relative paths go, for open() too
os.mkdir('sub')
os.chdir('sub')
print(os.path.basename(os.getcwd()))
with open('inside.txt', 'w') as f:
    f.write('x')
os.chdir('..')
print(os.listdir('sub'))
os.chdir(os.path.join(os.getcwd(), 'sub'))
print(os.listdir())
os.chdir(os.pardir)

# file descriptors
fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world'))
os.close(fd)
fd = os.open('raw.bin', os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size)
os.close(fd)
print(os.access('raw.bin', os.F_OK), os.access('raw.bin', os.R_OK), os.access('nothing', os.F_OK))
print(os.path.getsize('raw.bin'))
