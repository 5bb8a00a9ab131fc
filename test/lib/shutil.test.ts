/**
 * What gilvm's shutil (and the os calls under it) does that CPython on Linux does not: the
 * conformance programs (test/conformance/stdlib/shutil_*.py) cover where they agree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { configureSys } from '../../src/lib/sys.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { pyStr, runPy } from './py-helpers.js';

beforeAll(() => {
  startRuntime();
  configureSys({ argv: ['prog.py'], path0: '/nowhere', pythonPath: [], dontWriteBytecode: true, verbose: 0 });
});

describe('shutil: gilvm specifics', () => {
  it('rmtree walks by path: not hardened against link races, no dir_fd', () => {
    expect(pyStr('import shutil\nr = repr(shutil.rmtree.avoids_symlink_attacks)')).toBe('False');
    expect(runPy("import shutil\nshutil.rmtree('x', dir_fd=3)")).toBe('NotImplementedError: dir_fd unavailable on this platform');
  });
  it('archives are absent, saying why', () => {
    expect(runPy('import shutil\nshutil.make_archive')).toBe(
      'AttributeError: shutil.make_archive is not available in gilvm: archives need the zipfile and tarfile modules, which are not written yet',
    );
    expect(runPy('import shutil\nshutil.get_unpack_formats')).toMatch(/^AttributeError: shutil.get_unpack_formats is not available/);
    expect(pyStr("import shutil\nr = repr([n for n in ('make_archive', 'unpack_archive') if n in shutil.__all__])")).toBe('[]');
  });
  it('statvfs reports what statfs gives; the mount flags and fsid read 0', () => {
    expect(pyStr("import os\ns = os.statvfs('/')\nr = repr((s.f_flag, s.f_namemax, s.f_fsid, s.f_frsize == s.f_bsize, s.f_favail == s.f_ffree))")).toBe(
      '(0, 255, 0, True, True)',
    );
  });
  it('utime sets times to the nanosecond (utimensat through koffi), links with follow_symlinks=False', () => {
    const src = [
      'import os, tempfile',
      'with tempfile.NamedTemporaryFile() as f:',
      '    os.utime(f.name, ns=(1_700_000_000_123_456_789, 1_700_000_000_987_654_321))',
      '    st = os.stat(f.name)',
      "    r = repr((str(st.st_atime_ns)[-9:], str(st.st_mtime_ns)[-9:]))",
      "    os.utime(f.name, ns=(1_700_000_000_000_001_000, 1_000_000_000))",
      "    st = os.stat(f.name)",
      "    r += repr((st.st_atime_ns, st.st_mtime_ns))",
    ].join('\n');
    expect(pyStr(src)).toBe("('123456789', '987654321')(1700000000000001000, 1000000000)");
    const link = [
      'import os, tempfile',
      'with tempfile.TemporaryDirectory() as d:',
      "    os.symlink('missing', os.path.join(d, 'l'))",
      "    os.utime(os.path.join(d, 'l'), ns=(5, -1_500_000_000), follow_symlinks=False)",
      "    st = os.lstat(os.path.join(d, 'l'))",
      '    r = repr((st.st_atime_ns, st.st_mtime_ns))',
    ].join('\n');
    expect(pyStr(link)).toBe('(5, -1500000000)');
    expect(runPy("import os\nos.utime('/surely/not/there', ns=(1, 2))")).toBe("FileNotFoundError: [Errno 2] No such file or directory");
  });
});
