# shutil: its exceptions, disk_usage (against os.statvfs), chown, get_terminal_size, COPY_BUFSIZE,
# and errors from bad arguments.
import os
import shutil
import tempfile
from pathlib import Path

for name in ('Error', 'SameFileError', 'SpecialFileError', 'ExecError', 'ReadError', 'RegistryError'):
    cls = getattr(shutil, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__module__)
e = shutil.Error([('a', 'b', 'why')])
print('Error', e.args, str(e), e.errno, e.filename)
e = shutil.SameFileError('x and x are the same file')
print('SameFileError', str(e), isinstance(e, shutil.Error), isinstance(e, OSError))
print('COPY_BUFSIZE', shutil.COPY_BUFSIZE)
wanted = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move',
          'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'disk_usage', 'chown', 'which',
          'ignore_patterns', 'get_terminal_size', 'SameFileError', 'ReadError', 'RegistryError']
print('__all__', [n for n in wanted if n not in shutil.__all__], all(hasattr(shutil, n) for n in wanted))
try:
    shutil.no_such_thing
except AttributeError as e:
    print('AttributeError', e)

with tempfile.TemporaryDirectory() as top:
    def rel(text):
        return str(text).replace(top + os.sep, '').replace(top, '<tmp>')

    def fail(label, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except Exception as e:
            print(label, type(e).__name__, rel(e))
        else:
            print(label, 'no error', rel(result))

    # disk_usage
    u = shutil.disk_usage(top)
    print('usage', type(u).__name__, u._fields, len(u), all(isinstance(x, int) for x in u))
    print('sizes', u.total > 0, 0 <= u.used <= u.total, 0 <= u.free <= u.total, u.total == u[0])
    st = os.statvfs(top)
    print('statvfs', type(st).__name__, len(st), st.f_frsize > 0, st.f_blocks * st.f_frsize == u.total)
    print('statvfs fields', [f for f in ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files',
                                         'f_ffree', 'f_favail', 'f_flag', 'f_namemax') if not hasattr(st, f)])
    print('statvfs bytes', os.statvfs(os.fsencode(top)).f_blocks == st.f_blocks, repr(st).startswith('os.statvfs_result(f_bsize='))
    fd = os.open(top, os.O_RDONLY)
    try:
        print('statvfs fd', os.statvfs(fd).f_blocks == st.f_blocks)
    finally:
        os.close(fd)
    print('usage from file', shutil.disk_usage(__file__).total > 0)
    fail('usage missing', shutil.disk_usage, os.path.join(top, 'nope'))
    fail('statvfs missing', os.statvfs, os.path.join(top, 'nope'))

    # chown
    name = os.path.join(top, 'f')
    open(name, 'w').close()
    st = os.stat(name)
    fail('chown nothing', shutil.chown, name)
    print('chown same', shutil.chown(name, st.st_uid, st.st_gid), shutil.chown(name, user=st.st_uid),
          shutil.chown(name, group=st.st_gid))
    after = os.stat(name)
    print('unchanged', (after.st_uid, after.st_gid) == (st.st_uid, st.st_gid))
    def name_of(table, wanted):
        with open(table) as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(wanted):
                    return fields[0]
    user = name_of('/etc/passwd', st.st_uid)
    group = name_of('/etc/group', st.st_gid)
    if user is not None and group is not None:
        print('chown by name', shutil.chown(name, user, group), shutil.chown(name, user=user),
              shutil.chown(Path(name), group=group), os.stat(name).st_uid == st.st_uid)
    fail('no such user', shutil.chown, name, 'surely-no-such-user-xyz')
    fail('no such group', shutil.chown, name, None, 'surely-no-such-group-xyz')
    fail('chown missing', shutil.chown, os.path.join(top, 'nope'), st.st_uid)
    print('os.chown', os.chown(name, -1, -1), os.lchown(name, -1, -1))
    fail('os.chown missing', os.chown, os.path.join(top, 'nope'), -1, -1)
    fail('os.chown type', os.chown, name, 'x', -1)
    fail('os.chown gid type', os.chown, name, -1, 1.5)
    fail('os.chown negative', os.chown, name, -2, -1)
    fail('os.chown big', os.chown, name, -1, 2 ** 40)
    print('os.chown all ones', os.chown(name, 2 ** 32 - 1, -1))
    fail('lstat fd', os.lstat, 0)

    # bad arguments
    fail('copyfile None', shutil.copyfile, None, name)
    fail('copy int', shutil.copy, name, 3.5)
    fail('rmtree None', shutil.rmtree, None)
    fail('which int', shutil.which, 5)

# get_terminal_size
os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print('terminal', shutil.get_terminal_size(), tuple(shutil.get_terminal_size((1, 2))))
os.environ['COLUMNS'] = 'wide'
del os.environ['LINES']
size = shutil.get_terminal_size((77, 33))
print('fallback', type(size).__name__, size.columns > 0, size.lines > 0)
