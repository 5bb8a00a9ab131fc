# shutil: copyfileobj, copyfile, copymode, copystat, copy, copy2 in a temporary directory.
import io
import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as top:
    def rel(text):
        return str(text).replace(top, '<tmp>')

    def p(*parts):
        return os.path.join(top, *parts)

    def write(name, data, mode=None):
        with open(p(name), 'wb') as f:
            f.write(data)
        if mode is not None:
            os.chmod(p(name), mode)

    def read(name):
        with open(p(name), 'rb') as f:
            return f.read()

    def fail(label, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except Exception as e:
            print(label, type(e).__name__, rel(e), getattr(e, 'errno', None))
        else:
            print(label, 'no error', rel(result))

    # copyfileobj
    src = io.BytesIO(b'abcdefghij' * 1000)
    dst = io.BytesIO()
    print('copyfileobj', shutil.copyfileobj(src, dst), len(dst.getvalue()), dst.getvalue()[:12])
    reads = []

    class Counting(io.BytesIO):
        def read(self, n=-1):
            reads.append(n)
            return super().read(n)
    shutil.copyfileobj(Counting(b'x' * 25), io.BytesIO(), 10)
    print('read sizes', reads)
    reads.clear()
    shutil.copyfileobj(Counting(b'x' * 5), io.BytesIO())
    print('default size', reads == [shutil.COPY_BUFSIZE, shutil.COPY_BUFSIZE], shutil.COPY_BUFSIZE)
    out = io.StringIO()
    shutil.copyfileobj(io.StringIO('text ' * 3), out, 4)
    print('text', repr(out.getvalue()))
    out = io.BytesIO()
    shutil.copyfileobj(io.BytesIO(b'all at once'), out, -1)
    print('negative', out.getvalue())

    # copyfile
    payload = bytes(range(256)) * 600  # bigger than COPY_BUFSIZE
    write('a.bin', payload, 0o640)
    r = shutil.copyfile(p('a.bin'), p('b.bin'))
    print('copyfile', rel(r), read('b.bin') == payload, oct(stat.S_IMODE(os.stat(p('b.bin')).st_mode)) != '0o640')
    write('small', b'new')
    shutil.copyfile(p('small'), p('b.bin'))
    print('overwrite', read('b.bin'))
    write('empty', b'')
    shutil.copyfile(p('empty'), p('empty2'))
    print('empty', read('empty2'))
    fail('same file', shutil.copyfile, p('a.bin'), p('a.bin'))
    try:
        shutil.copyfile(p('a.bin'), p('.', 'a.bin'))
    except shutil.SameFileError as e:
        print('same file alias', isinstance(e, shutil.Error), isinstance(e, OSError))
    fail('missing src', shutil.copyfile, p('nope'), p('x'))
    fail('dst dir', shutil.copyfile, p('a.bin'), top)
    fail('dst missing dir', shutil.copyfile, p('a.bin'), p('nodir') + '/')
    fail('dst missing parent', shutil.copyfile, p('a.bin'), p('nodir', 'x'))
    os.mkdir(p('d'))
    fail('src dir', shutil.copyfile, p('d'), p('x'))
    print('pathlib', rel(shutil.copyfile(Path(p('a.bin')), Path(p('c.bin')))), read('c.bin') == payload)
    print('bytes', rel(shutil.copyfile(os.fsencode(p('small')), os.fsencode(p('c2')))), read('c2'))

    # symbolic links
    os.symlink('a.bin', p('link'))
    shutil.copyfile(p('link'), p('followed'))
    print('followed', os.path.islink(p('followed')), read('followed') == payload)
    shutil.copyfile(p('link'), p('kept'), follow_symlinks=False)
    print('kept', os.path.islink(p('kept')), os.readlink(p('kept')))
    fail('link to same', shutil.copyfile, p('link'), p('a.bin'))
    os.symlink('missing', p('dangling'))
    fail('dangling', shutil.copyfile, p('dangling'), p('x2'))
    shutil.copyfile(p('dangling'), p('dangling2'), follow_symlinks=False)
    print('dangling copied', os.readlink(p('dangling2')))

    # named pipes
    if subprocess.run(['mkfifo', p('fifo')]).returncode == 0:
        fail('fifo src', shutil.copyfile, p('fifo'), p('x3'))
        fail('fifo dst', shutil.copyfile, p('a.bin'), p('fifo'))
        print('fifo is special', issubclass(shutil.SpecialFileError, OSError),
              issubclass(shutil.SpecialFileError, shutil.Error))

    # copymode
    write('m1', b'1', 0o754)
    write('m2', b'2', 0o600)
    print('copymode', shutil.copymode(p('m1'), p('m2')), oct(stat.S_IMODE(os.stat(p('m2')).st_mode)))
    os.chmod(p('m1'), 0o4711)
    shutil.copymode(p('m1'), p('m2'))
    print('setuid bit', oct(stat.S_IMODE(os.stat(p('m2')).st_mode)))
    os.chmod(p('m1'), 0o644)
    fail('copymode missing', shutil.copymode, p('nope'), p('m2'))
    fail('copymode missing dst', shutil.copymode, p('m1'), p('nope'))
    os.symlink('m1', p('lm1'))
    os.symlink('m2', p('lm2'))
    os.chmod(p('m1'), 0o700)
    shutil.copymode(p('lm1'), p('lm2'), follow_symlinks=False)
    print('links unfollowed', oct(stat.S_IMODE(os.stat(p('m2')).st_mode)))
    shutil.copymode(p('lm1'), p('lm2'))
    print('links followed', oct(stat.S_IMODE(os.stat(p('m2')).st_mode)))
    shutil.copymode(p('lm1'), p('m2'), follow_symlinks=False)
    print('one link', oct(stat.S_IMODE(os.stat(p('m2')).st_mode)))

    # copystat
    write('s1', b'src', 0o640)
    write('s2', b'dst', 0o777)
    os.utime(p('s1'), ns=(1_500_000_000_250_000_000, 1_400_000_000_500_000_000))
    print('copystat', shutil.copystat(p('s1'), p('s2')))
    st = os.stat(p('s2'))
    print('times', st.st_atime_ns, st.st_mtime_ns, st.st_mtime, oct(stat.S_IMODE(st.st_mode)), read('s2'))
    os.utime(p('s1'), (1000000000, 1200000000))
    shutil.copystat(Path(p('s1')), Path(p('s2')))
    print('whole seconds', os.stat(p('s2')).st_atime, os.stat(p('s2')).st_mtime)
    fail('copystat missing', shutil.copystat, p('nope'), p('s2'))
    fail('copystat missing dst', shutil.copystat, p('s1'), p('nope'))
    os.mkdir(p('sd'))
    shutil.copystat(p('s1'), p('sd'))
    print('onto dir', os.stat(p('sd')).st_mtime, oct(stat.S_IMODE(os.stat(p('sd')).st_mode)))
    os.symlink('s1', p('ls1'))
    os.symlink('s2', p('ls2'))
    os.utime(p('ls1'), ns=(1_100_000_000_000_000_000, 1_300_000_000_000_000_000), follow_symlinks=False)
    os.utime(p('s1'), (5, 6))
    shutil.copystat(p('ls1'), p('ls2'), follow_symlinks=False)
    print('link times', os.lstat(p('ls2')).st_mtime, os.stat(p('s2')).st_mtime)
    shutil.copystat(p('ls1'), p('ls2'))
    print('through links', os.lstat(p('ls2')).st_mtime, os.stat(p('s2')).st_mtime)

    # copy and copy2
    write('f', b'contents', 0o751)
    os.utime(p('f'), (100, 200))
    os.mkdir(p('into'))
    r = shutil.copy(p('f'), p('into'))
    st = os.stat(r)
    print('copy', rel(r), read(os.path.join('into', 'f')), oct(stat.S_IMODE(st.st_mode)), st.st_mtime != 200)
    r = shutil.copy(p('f'), p('g'))
    print('copy named', rel(r), oct(stat.S_IMODE(os.stat(r).st_mode)))
    r = shutil.copy2(p('f'), p('h'))
    st = os.stat(r)
    print('copy2', rel(r), read('h'), oct(stat.S_IMODE(st.st_mode)), st.st_mtime)
    os.mkdir(p('into2'))
    r = shutil.copy2(Path(p('f')), Path(p('into2')))
    print('copy2 into', rel(r), type(r).__name__, os.stat(r).st_mtime)
    os.utime(p('f'), ns=(1_234_567_890_123_456_789, 1_600_000_000_987_654_321))
    r = shutil.copy2(p('f'), p('h2'))
    print('copy2 ns', os.stat(r).st_mtime_ns, os.stat(r).st_mtime_ns == os.stat(p('f')).st_mtime_ns,
          os.stat(r).st_mtime == os.stat(p('f')).st_mtime)
    fail('copy same', shutil.copy, p('f'), p('f'))
    fail('copy2 into same dir', shutil.copy2, p('f'), top)
    fail('copy missing', shutil.copy, p('nope'), p('g'))
    os.symlink('f', p('lf'))
    r = shutil.copy(p('lf'), p('cl'), follow_symlinks=False)
    print('copy link', os.path.islink(r), os.readlink(r))
    r = shutil.copy2(p('lf'), p('cl2'), follow_symlinks=False)
    print('copy2 link', os.path.islink(r), os.readlink(r))
    r = shutil.copy2(p('lf'), p('cl3'))
    print('copy2 followed', os.path.islink(r), read('cl3'), os.stat(r).st_mtime_ns)
    print(sorted(os.listdir(top)))
