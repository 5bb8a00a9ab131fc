# pathlib: Path and the file system: cwd/home/absolute/resolve, stat and the is_* tests, reading
# and writing, touch, mkdir with parents and exist_ok, unlink with missing_ok, rename/replace,
# links, chmod, iterdir, expanduser, samefile, owner/group and the errors a user meets.
import os
from pathlib import Path, PosixPath, WindowsPath


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


here = Path.cwd()
print(type(Path('a')).__name__, type(here).__name__, here == Path(os.getcwd()), here.is_absolute())
print(Path('a/b').absolute() == here / 'a' / 'b', Path().absolute() == here, Path('/x').absolute())
print(Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path.home() / 'x')
print(Path('x/~').expanduser(), Path('/~').expanduser())
attempt('WindowsPath', lambda: WindowsPath('x'))
print(repr(PosixPath('a/b')), repr(Path('a') / 'b'))

base = Path('work')
print(base.exists(), base.is_dir())
base.mkdir()
attempt('mkdir again', lambda: base.mkdir())
base.mkdir(exist_ok=True)
attempt('mkdir no parents', lambda: Path('work/x/y/z').mkdir())
Path('work/x/y/z').mkdir(parents=True)
Path('work/x/y').mkdir(parents=True, exist_ok=True)
print(sorted(str(p) for p in Path('work/x').iterdir()), Path('work/x/y/z').is_dir())

f = base / 'notes.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes(), f.stat().st_size)
print(f.write_bytes(b'\x00\x01bytes'), f.read_bytes(), f.write_bytes(bytearray(b'ab')), f.read_text())
attempt('write_text bytes', lambda: f.write_text(b'x'))
attempt('write_bytes str', lambda: f.write_bytes('x'))
print(f.write_text('a\nb\n', newline='\r\n'), f.read_bytes(), f.read_text(), repr(f.read_text(errors='strict')))
Path('work/u.txt').write_text('héllo', encoding='latin-1')
print(Path('work/u.txt').read_bytes(), Path('work/u.txt').read_text(encoding='latin-1'))
with f.open('w') as out:
    out.write('via open')
with f.open() as inp:
    print(type(inp).__name__, inp.read())
with f.open('rb') as inp:
    print(type(inp).__name__, inp.read())
attempt('read missing', lambda: Path('work/missing.txt').read_text())
attempt('open folder', lambda: base.open())

print(f.exists(), f.is_file(), f.is_dir(), f.is_symlink(), f.is_fifo(), f.is_socket(),
      f.is_block_device(), f.is_char_device(), f.is_junction(), f.is_mount())
missing = base / 'missing'
print(missing.exists(), missing.is_file(), missing.is_dir(), missing.is_symlink(), (f / 'below').exists())
attempt('stat missing', lambda: missing.stat())
print(base.stat().st_mode & 0o170000 == 0o040000, Path('/').is_mount(), Path('/dev/null').is_char_device())

t = base / 'touched'
t.touch()
print(t.exists(), t.stat().st_size)
t.touch()
attempt('touch exist_ok=False', lambda: t.touch(exist_ok=False))
(base / 'new').touch(exist_ok=False)
attempt('touch in missing folder', lambda: Path('work/nope/x').touch())

t.unlink()
print(t.exists())
attempt('unlink missing', lambda: t.unlink())
t.unlink(missing_ok=True)
attempt('unlink folder', lambda: base.unlink())
attempt('rmdir not empty', lambda: base.rmdir())
attempt('rmdir missing', lambda: missing.rmdir())
Path('work/x/y/z').rmdir()
print(Path('work/x/y/z').exists())

src = base / 'src.txt'
src.write_text('moving')
moved = src.rename('work/dst.txt')
print(repr(moved), src.exists(), moved.read_text())
other = base / 'other.txt'
other.write_text('other')
replaced = other.replace(moved)
print(repr(replaced), other.exists(), moved.read_text())
attempt('rename missing', lambda: src.rename('work/z.txt'))
print(repr(moved.rename(Path('work/dst2.txt'))))

link = base / 'link'
link.symlink_to('dst2.txt')
print(link.is_symlink(), link.exists(), link.is_file(), link.read_text(), repr(link.readlink()))
print(link.lstat().st_mode & 0o170000 == 0o120000, link.stat().st_size, link.samefile('work/dst2.txt'))
print(link.resolve() == Path('work/dst2.txt').absolute(), repr(Path('work/x/../dst2.txt').resolve().relative_to(here)))
dangling = base / 'dangling'
dangling.symlink_to('nowhere')
print(dangling.is_symlink(), dangling.exists(), dangling.exists(follow_symlinks=False), dangling.is_file())
attempt('readlink on file', lambda: Path('work/dst2.txt').readlink())
attempt('symlink exists', lambda: link.symlink_to('x'))
dirlink = base / 'dirlink'
dirlink.symlink_to('x', target_is_directory=True)
print(dirlink.is_dir(), dirlink.is_symlink(), sorted(p.name for p in dirlink.iterdir()))
loop = base / 'loop'
loop.symlink_to('loop')
try:
    loop.resolve()
except RuntimeError as e:
    print('resolve loop', str(e).startswith('Symlink loop from') and str(e).endswith("work/loop'"))
try:
    Path('work/nothing/here').resolve(strict=True)
except OSError as e:
    print('resolve strict', type(e).__name__, e.errno)
print(Path('work/nothing/../dst2.txt').resolve() == Path('work/dst2.txt').resolve(), Path('work/a/b').resolve().relative_to(here))

hard = base / 'hard'
hard.hardlink_to('work/dst2.txt')
print(hard.read_text(), hard.stat().st_nlink, hard.samefile(Path('work/dst2.txt')), hard.samefile(link))
attempt('samefile missing', lambda: hard.samefile('work/missing'))

hard.chmod(0o600)
print(oct(hard.stat().st_mode & 0o777))
hard.chmod(0o644)
print(oct(hard.stat().st_mode & 0o777))

print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in Path('work/x').iterdir()), [str(p) for p in Path('work/x/y').iterdir()])
os.chdir('work')
print(sorted(str(p) for p in Path().iterdir() if p.name.startswith('d')), sorted(str(p) for p in Path('./x').iterdir()))
os.chdir('..')
listing = missing.iterdir()
attempt('iterdir missing', lambda: next(listing))
attempt('iterdir file', lambda: next(Path('work/dst2.txt').iterdir()))

print(type(f.owner()).__name__, type(f.group()).__name__, f.owner() == Path('.').owner())
