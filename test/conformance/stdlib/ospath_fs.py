# os.path: the questions asked of the file system
import os
import os.path as p

os.makedirs('dir/sub')
with open('dir/f.txt', 'w') as f:
    f.write('12345')
os.symlink('f.txt', 'dir/link')
os.symlink('missing', 'dir/broken')
os.symlink('sub', 'dir/dlink')
for name in ['dir', 'dir/sub', 'dir/f.txt', 'dir/link', 'dir/broken', 'dir/dlink', 'nothing', '']:
    print(repr(name), p.exists(name), p.lexists(name), p.isfile(name), p.isdir(name), p.islink(name),
          p.ismount(name), p.isjunction(name))
print(p.ismount('/'), p.exists(b'dir'), p.isdir(b'dir/sub'))
print(p.getsize('dir/f.txt'), type(p.getmtime('dir/f.txt')).__name__, p.getmtime('dir/f.txt') == os.stat('dir/f.txt').st_mtime)
print(p.getatime('dir/f.txt') > 0, p.getctime('dir/f.txt') > 0)
try:
    p.getsize('nothing')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(p.samefile('dir/f.txt', 'dir/link'), p.samefile('dir', 'dir/sub/..'), p.samefile('dir', 'dir/sub'))
print(p.samestat(os.stat('dir'), os.stat('dir/./')))
cwd = os.getcwd()
print(p.realpath('dir/link') == p.join(cwd, 'dir', 'f.txt'))
print(p.realpath('dir/dlink/../f.txt') == p.join(cwd, 'dir', 'f.txt'))
print(p.realpath('dir/broken') == p.join(cwd, 'dir', 'missing'))
print(p.realpath('.') == cwd, p.realpath('/') , p.realpath('/..'))
try:
    p.realpath('dir/broken', strict=True)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(os.readlink('dir/link'), os.readlink(b'dir/link'))
print(sorted(os.listdir('dir')))
e = sorted(os.scandir('dir'), key=lambda e: e.name)
print([(x.name, x.is_dir(), x.is_file(), x.is_symlink(), x.is_dir(follow_symlinks=False)) for x in e])
print(p.abspath('dir/../dir/f.txt') == p.join(cwd, 'dir/f.txt'))
print(p.relpath(p.join(cwd, 'dir', 'sub')), p.relpath('dir', 'dir/sub'))
