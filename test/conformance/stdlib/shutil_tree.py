# shutil: copytree (ignore, symlinks, dangling links, dirs_exist_ok, copy_function, the Error list)
# and rmtree (links, errors handed to onexc/onerror, ignore_errors) in a temporary directory.
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

    def write(name, data=b'data'):
        os.makedirs(os.path.dirname(p(name)), exist_ok=True)
        with open(p(name), 'wb') as f:
            f.write(data)

    def listing(root):
        out = []
        for dirpath, dirnames, filenames in os.walk(p(root)):
            dirnames.sort()
            for name in sorted(dirnames + filenames):
                full = os.path.join(dirpath, name)
                where = os.path.relpath(full, p(root))
                if os.path.islink(full):
                    out.append(where + '@' + os.readlink(full))
                elif os.path.isdir(full):
                    out.append(where + '/')
                else:
                    with open(full, 'rb') as f:
                        out.append(where + '=' + f.read().decode())
        return out

    def fail(label, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except shutil.Error as e:
            print(label, 'Error', sorted((rel(a), rel(b), rel(c)) for a, b, c in e.args[0]))
        except Exception as e:
            print(label, type(e).__name__, rel(e), getattr(e, 'errno', None))
        else:
            print(label, 'no error', rel(result))

    write('src/a.txt', b'A')
    write('src/b.py', b'B')
    write('src/sub/c.txt', b'C')
    write('src/sub/deeper/d.pyc', b'D')
    write('src/sub/deeper/e.txt', b'E')
    os.makedirs(p('src', 'empty'))
    os.symlink('a.txt', p('src', 'link_a'))
    os.symlink('sub', p('src', 'link_sub'))
    os.chmod(p('src', 'b.py'), 0o751)
    os.utime(p('src', 'sub', 'c.txt'), (10, 20))
    print(listing('src'))

    # plain copy: links followed
    r = shutil.copytree(p('src'), p('c1'))
    print('copytree', rel(r))
    print(listing('c1'))
    print('mode kept', oct(stat.S_IMODE(os.stat(p('c1', 'b.py')).st_mode)), os.stat(p('c1', 'sub', 'c.txt')).st_mtime)
    fail('exists', shutil.copytree, p('src'), p('c1'))
    fail('missing', shutil.copytree, p('nope'), p('c9'))
    fail('file src', shutil.copytree, p('src', 'a.txt'), p('c9'))
    print('c9 made', os.path.exists(p('c9')))

    # symlinks kept
    shutil.copytree(p('src'), p('c2'), symlinks=True)
    print(listing('c2'))

    # ignore
    shutil.copytree(p('src'), p('c3'), ignore=shutil.ignore_patterns('*.pyc', 'b*', 'link_*'))
    print(listing('c3'))
    seen = []

    def ignore(path, names):
        seen.append((rel(path), sorted(names)))
        return ['sub'] if rel(path) == 'src' else []
    shutil.copytree(p('src'), p('c4'), ignore=ignore)
    print(sorted(seen))
    print(listing('c4'))
    f = shutil.ignore_patterns('*.txt', 'x?')
    print('ignore_patterns', sorted(f('dir', ['a.txt', 'xy', 'xyz', 'b.py', 'c.TXT'])))

    # dirs_exist_ok
    write('c5/a.txt', b'old')
    write('c5/keep', b'K')
    fail('c5 exists', shutil.copytree, p('src'), p('c5'))
    shutil.copytree(p('src'), p('c5'), dirs_exist_ok=True)
    print(listing('c5'))

    # copy_function
    calls = []

    def recording(s, d):
        calls.append((type(s).__name__, rel(s), rel(d)))
        return shutil.copy(s, d)
    shutil.copytree(p('src'), p('c6'), copy_function=recording)
    print(sorted(calls))
    calls2 = []

    def wrap(s, d, **kw):
        calls2.append(type(s).__name__)
        return shutil.copy2(s, d, **kw)
    shutil.copytree(p('src', 'sub'), Path(p('c7')), copy_function=shutil.copy2)
    print(listing('c7'))

    # dangling links
    os.symlink('nowhere', p('src', 'dangling'))
    fail('dangling', shutil.copytree, p('src'), p('c8'))
    print('c8 partial', listing('c8'))
    shutil.copytree(p('src'), p('c10'), ignore_dangling_symlinks=True)
    print('ignored dangling', listing('c10'))
    shutil.copytree(p('src'), p('c11'), symlinks=True)
    print('kept dangling', listing('c11'))

    # failures are collected, copying goes on
    def picky(s, d):
        if os.path.basename(s).startswith('a') or os.path.basename(s).startswith('d'):
            raise OSError('refused ' + os.path.basename(s))
        return shutil.copy2(s, d)
    os.unlink(p('src', 'dangling'))
    fail('collected', shutil.copytree, p('src'), p('c12'), copy_function=picky)
    print('c12', listing('c12'))
    try:
        shutil.copytree(p('src'), p('c13'), copy_function=picky)
    except shutil.Error as e:
        print('Error args', len(e.args), type(e.args[0]).__name__, isinstance(e, OSError), e.errno)

    # rmtree
    print('avoids attribute', hasattr(shutil.rmtree, 'avoids_symlink_attacks'))
    print('rmtree', shutil.rmtree(p('c1')), os.path.exists(p('c1')), os.path.exists(p('src', 'sub', 'c.txt')))
    shutil.rmtree(Path(p('c2')))
    print('pathlib', os.path.exists(p('c2')), listing('src') == listing('c10') or listing('src'))
    shutil.rmtree(os.fsencode(p('c3')))
    print('bytes', os.path.exists(p('c3')))
    fail('rmtree missing', shutil.rmtree, p('nope'))
    fail('rmtree file', shutil.rmtree, p('src', 'a.txt'))
    fail('rmtree link', shutil.rmtree, p('src', 'link_sub'))
    print('link target kept', os.path.isdir(p('src', 'sub')))
    os.symlink('nothing', p('dlink'))
    fail('rmtree dangling', shutil.rmtree, p('dlink'))
    print('ignore_errors', shutil.rmtree(p('nope'), ignore_errors=True), shutil.rmtree(p('src', 'link_sub'), True))

    events = []

    def onexc(func, path, exc):
        events.append((func.__name__, rel(path), type(exc).__name__))
    shutil.rmtree(p('nope'), onexc=onexc)
    shutil.rmtree(p('src', 'link_sub'), onexc=onexc)
    shutil.rmtree(p('src', 'a.txt'), onexc=onexc)
    print('onexc', events)
    events.clear()

    def onerror(func, path, info):
        events.append((func.__name__, rel(path), info[0].__name__, type(info[1]).__name__, info[2] is not None))
    shutil.rmtree(p('nope'), onerror=onerror)
    shutil.rmtree(p('src', 'a.txt'), onerror=onerror)
    print('onerror', events)
    events.clear()
    shutil.rmtree(p('nope'), onerror=onerror, onexc=onexc)
    print('both', events)
    shutil.rmtree(p('nope'), True, onexc=onexc)
    print('ignored wins', events)

    # a directory holding links: the links go, what they point to stays
    write('victim/precious', b'P')
    write('t/x/y', b'Y')
    os.symlink(p('victim'), p('t', 'tolink'))
    os.symlink(p('victim', 'precious'), p('t', 'x', 'filelink'))
    shutil.rmtree(p('t'))
    print('links removed', os.path.exists(p('t')), listing('victim'))
    print('left', sorted(os.listdir(top)))
