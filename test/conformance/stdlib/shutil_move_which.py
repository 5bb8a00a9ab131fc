# shutil.move (rename, into a directory, errors, the copy-then-delete path when rename fails)
# and shutil.which (PATH, mode, bytes, a directory part) in a temporary directory.
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as top:
    def rel(text):
        return str(text).replace(top + os.sep, '').replace(top, '<tmp>')

    def p(*parts):
        return os.path.join(top, *parts)

    def write(name, data=b'data', mode=None):
        os.makedirs(os.path.dirname(p(name)), exist_ok=True)
        with open(p(name), 'wb') as f:
            f.write(data)
        if mode is not None:
            os.chmod(p(name), mode)

    def tree():
        out = []
        for dirpath, dirnames, filenames in os.walk(top):
            for name in dirnames + filenames:
                full = os.path.join(dirpath, name)
                tag = '@' + os.readlink(full) if os.path.islink(full) else '/' if os.path.isdir(full) else ''
                out.append(rel(full) + tag)
        return sorted(out)

    def fail(label, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except Exception as e:
            print(label, type(e).__name__, rel(e), getattr(e, 'errno', None))
        else:
            print(label, 'no error', rel(result))

    # move by rename
    write('a', b'A')
    print('file', rel(shutil.move(p('a'), p('b'))), tree())
    os.mkdir(p('dir'))
    print('into dir', rel(shutil.move(p('b'), p('dir'))), tree())
    write('b', b'B2')
    fail('exists in dir', shutil.move, p('b'), p('dir'))
    write('c', b'C')
    print('over file', rel(shutil.move(p('c'), p('b'))), tree())
    with open(p('b'), 'rb') as f:
        print('replaced', f.read())
    print('dir moved', rel(shutil.move(p('dir'), p('dir2'))), tree())
    os.mkdir(p('dest'))
    print('dir into dir', rel(shutil.move(p('dir2') + '/', p('dest'))), tree())
    fail('into itself', shutil.move, p('dest'), p('dest', 'dir2'))
    fail('into itself deeper', shutil.move, p('dest'), p('dest', 'dir2', 'x'))
    fail('missing', shutil.move, p('nope'), p('x'))
    print('pathlib', rel(shutil.move(Path(p('b')), Path(p('bb')))), type(shutil.move(p('bb'), p('b'))).__name__)
    os.symlink('b', p('lnk'))
    print('link', rel(shutil.move(p('lnk'), p('lnk2'))), tree())
    print('same dir', shutil.move(p('dest'), p('dest')), tree())

    # rename refused (as across file systems): copy, then delete
    real_rename = os.rename
    renames = []

    def refuse(src, dst, *a, **k):
        renames.append((rel(src), rel(dst)))
        raise OSError(errno.EXDEV, 'Invalid cross-device link')
    os.rename = refuse
    try:
        write('x/f1', b'F1', 0o640)
        os.utime(p('x', 'f1'), (30, 40))
        write('x/sub/f2', b'F2')
        os.symlink('f1', p('x', 'l1'))
        print('copied file', rel(shutil.move(p('x', 'f1'), p('y1'))), os.stat(p('y1')).st_mtime,
              oct(stat.S_IMODE(os.stat(p('y1')).st_mode)))
        print('copied link', rel(shutil.move(p('x', 'l1'), p('y2'))), os.readlink(p('y2')))
        os.symlink('f2', p('x', 'sub', 'l2'))
        print('copied tree', rel(shutil.move(p('x'), p('dest'))), tree())
        calls = []

        def copier(s, d):
            calls.append((rel(s), rel(d)))
            return shutil.copy(s, d)
        write('z/g', b'G')
        print('copy_function', rel(shutil.move(p('z'), p('zz'), copy_function=copier)), calls)
        print('file copy_function', rel(shutil.move(p('zz', 'g'), p('g2'), copy_function=copier)), calls[-1])
        fail('into itself (copy)', shutil.move, p('zz'), p('zz', 'inner'))
        print('renames tried', renames)
    finally:
        os.rename = real_rename
    print(tree())

    # which
    write('bin1/tool', b'#!/bin/sh\n', 0o755)
    write('bin1/data', b'', 0o644)
    write('bin2/tool', b'#!/bin/sh\n', 0o755)
    write('bin2/other', b'#!/bin/sh\n', 0o700)
    os.makedirs(p('bin2', 'adir'))
    os.chmod(p('bin2', 'adir'), 0o755)
    path = os.pathsep.join([p('bin1'), p('bin2'), p('missing')])
    print('which', rel(shutil.which('tool', path=path)), rel(shutil.which('other', path=path)))
    print('not exec', shutil.which('data', path=path), rel(shutil.which('data', mode=os.F_OK, path=path)))
    print('readable', rel(shutil.which('data', mode=os.R_OK, path=path)))
    print('dir skipped', shutil.which('adir', path=path), shutil.which('absent', path=path))
    print('order', rel(shutil.which('tool', path=os.pathsep.join([p('bin2'), p('bin1')]))))
    print('bytes', rel(shutil.which(b'tool', path=path)), rel(shutil.which(b'tool', path=os.fsencode(path))))
    print('dir part', rel(shutil.which(p('bin2', 'other'))), shutil.which(p('bin1', 'data')), shutil.which(p('bin2', 'nope')))
    print('empty path', shutil.which('tool', path=''))
    print('pathlib dir', rel(shutil.which('tool', path=Path(p('bin1')))))
    old = os.environ.get('PATH')
    os.environ['PATH'] = path
    try:
        print('from PATH', rel(shutil.which('other')))
        os.environ['PATH'] = ''
        print('PATH empty', shutil.which('other'))
        cwd = os.getcwd()
        os.chdir(p('bin2'))
        try:
            os.environ['PATH'] = os.pathsep
            print('PATH colon', shutil.which('other'), shutil.which('data'))
            print('relative', shutil.which('./other'), shutil.which('other', path='.'))
        finally:
            os.chdir(cwd)
        del os.environ['PATH']
        print('no PATH', shutil.which('sh') in ('/bin/sh', '/usr/bin/sh'))
    finally:
        if old is not None:
            os.environ['PATH'] = old
    print('sh', shutil.which('sh') is not None, shutil.which('surely-not-a-command-xyz'))
