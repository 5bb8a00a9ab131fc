# stat: every constant's value, the S_IS*() tests, S_IMODE, S_IFMT and filemode() over the
# file types and permission bits, modes from os.stat() of real files, and argument errors.
import os
import stat

names = sorted(n for n in dir(stat) if n[:1].isupper() and isinstance(getattr(stat, n), int))
for name in names:
    print(name, oct(getattr(stat, name)))
print('functions:', sorted(n for n in dir(stat) if n[:1].isupper() and callable(getattr(stat, n))))
print(stat._filemode_table[0][0], len(stat._filemode_table))

tests = [n for n in dir(stat) if n.startswith('S_IS') and callable(getattr(stat, n))]
types = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK,
         stat.S_IFSOCK, 0, 0o030000, 0o050000, 0o070000, 0o170000]
for kind in types:
    mode = kind | 0o644
    print(oct(mode), stat.filemode(mode), [t for t in tests if getattr(stat, t)(mode)],
          oct(stat.S_IFMT(mode)), oct(stat.S_IMODE(mode)))

for perm in (0, 0o7777, 0o4755, 0o2755, 0o1777, 0o4644, 0o2644, 0o1666, 0o0421, 0o0124, 0o6000,
             0o7000, 0o0111, 0o5555):
    print(oct(perm), stat.filemode(stat.S_IFREG | perm), stat.filemode(stat.S_IFDIR | perm),
          oct(stat.S_IMODE(stat.S_IFLNK | perm)))


class Mode:
    def __index__(self):
        return 0o40750


class NotIndex:
    def __int__(self):
        return 5


print(stat.S_ISDIR(True), stat.filemode(True), stat.S_IMODE(True))
for arg in (Mode(), 'x', None, 1.5, NotIndex(), -1, 2**32, 2**40, 2**64 - 1, 2**64, 2**70):
    for fn in (stat.S_ISDIR, stat.S_ISREG, stat.filemode, stat.S_IMODE, stat.S_IFMT):
        try:
            print(fn.__name__, repr(fn(arg)))
        except Exception as e:
            print(fn.__name__, type(arg).__name__, '->', type(e).__name__, e)
for call in (lambda: stat.S_ISDIR(), lambda: stat.S_ISLNK(1, 2), lambda: stat.filemode(mode=1),
             lambda: stat.S_IMODE(), lambda: stat.S_IFMT(1, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

# modes of real files and directories, made in the current (temporary) folder
if True:
    top = 'stat_modes_files'
    os.mkdir(top)
    path = os.path.join(top, 'f')
    with open(path, 'w') as f:
        f.write('x')
    os.chmod(path, 0o640)
    sub = os.path.join(top, 'd')
    os.mkdir(sub)
    os.chmod(sub, 0o750)
    link = os.path.join(top, 'l')
    os.symlink('f', link)
    for p in (path, sub, link):
        st = os.lstat(p)
        mode = st.st_mode
        print(os.path.basename(p), stat.filemode(mode), stat.S_ISREG(mode), stat.S_ISDIR(mode),
              stat.S_ISLNK(mode), oct(stat.S_IMODE(mode)) if not stat.S_ISLNK(mode) else '',
              st[stat.ST_MODE] == mode, st[stat.ST_SIZE] == st.st_size, st[stat.ST_INO] == st.st_ino)
    print(stat.filemode(os.stat(link).st_mode))
