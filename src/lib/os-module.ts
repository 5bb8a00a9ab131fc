/**
 * The `posix` built-in module: the operating-system calls under `os`
 * (stdlib/os.py imports them and builds the Python-level API on top:
 * stat_result, DirEntry/scandir, walk, makedirs, environ). Calls are
 * synchronous Node `fs`/`os` calls from the worker; a failure becomes the
 * OSError subclass CPython raises, with errno, strerror and the argument as
 * filename (io-errors.ts).
 *
 * Paths: str, bytes or an object with __fspath__ (os.PathLike). A function
 * given bytes gives bytes back where CPython does (listdir, getcwdb,
 * readlink). File names are taken as UTF-8.
 *
 * The current directory: the program runs in a worker, where Node refuses
 * process.chdir. The OS keeps one current directory per process, so chdir is
 * done by the main thread (os-cwd.ts asks it, blocking until it answers);
 * every relative path the worker then hands to the OS, and process.cwd(),
 * follow, as do child processes.
 *
 * stat gives a tuple of plain numbers (st_mode .. st_rdev, the times in
 * nanoseconds); os.py makes the stat_result from it.
 */
import * as fs from 'node:fs';
import * as nodeOs from 'node:os';
import { nodeTty } from './node-lazy.js';
import { fillFromOs } from './os-random.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { bytesLikeData, newBytes } from '../objects/bytes.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intFromBigInt, intFromNumber, intValue } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { hasIndex, indexOf, intToNumber } from '../objects/list-args.js';
import { listAppend, newList } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { typeNameOf } from '../vm/abstract.js';
import { callFound0, lookupTypeString } from '../vm/attributes.js';
import { raise, raiseObject } from '../vm/errors.js';
import { isStrValue, kwCount, parseClinic } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';
import { errnoOf, newOSError } from './io-errors.js';
import { changeDirectory } from './os-cwd.js';
import { exitProcessNow } from './exit-now.js';
import { loadKoffi } from '../host-koffi.js';
import { NSIG, noArgs, oneArg, sendSignalToSelf } from './signal-module.js';
import { newSet, setAdd } from '../objects/set.js';

// ---- arguments -------------------------------------------------------------------------------

/** A path argument: its text for Node, whether it was bytes, and the object to name in errors. */
interface PathArg {
  path: string;
  bytes: boolean;
  original: Value;
  fd: number;
}

function isBytesValue(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && (isSubtype(typeOf(v), T.bytes));
}

/**
 * Convert `v` for function `fname`'s parameter `param` as CPython's
 * path_converter: str, bytes, os.PathLike (its __fspath__ giving str or
 * bytes), or an int file descriptor where `allowFd`.
 */
function pathArg(fname: string, param: string, v: Value, allowFd = false, allowNone = false): PathArg {
  if (allowNone && v === S.None) return { path: '.', bytes: false, original: v, fd: -1 };
  if (isStrValue(v)) return { path: strValue(v), bytes: false, original: v, fd: -1 };
  if (isBytesValue(v)) return { path: Buffer.from(bytesLikeData(v)!).toString('utf8'), bytes: true, original: v, fd: -1 };
  if (allowFd && (v & 1) === 1 && typeOf(v) !== T.bool) return { path: '', bytes: false, original: v, fd: intToNumber(v) };
  if (allowFd && (v & 1) === 0 && isSubtype(typeOf(v), T.int) && typeOf(v) !== T.bool) {
    return { path: '', bytes: false, original: v, fd: intToNumber(v) };
  }
  const fspath = (v & 1) === 0 && v !== NULL ? lookupTypeString(typeOf(v), '__fspath__') : NULL;
  if (fspath !== NULL) {
    const p = callFound0(fspath, v);
    if (isStrValue(p)) return { path: strValue(p), bytes: false, original: p, fd: -1 };
    if (isBytesValue(p)) return { path: Buffer.from(bytesLikeData(p)!).toString('utf8'), bytes: true, original: p, fd: -1 };
    throw raise(E.TypeError, `expected ${typeNameOf(v)}.__fspath__() to return str or bytes, not ${typeNameOf(p)}`);
  }
  const kinds = allowFd ? (allowNone ? 'string, bytes, os.PathLike, integer or None' : 'string, bytes, os.PathLike or integer') : allowNone ? 'string, bytes, os.PathLike or None' : 'string, bytes or os.PathLike';
  throw raise(E.TypeError, `${fname}: ${param} should be ${kinds}, not ${typeNameOf(v)}`);
}

function intArg(fname: string, v: Value): number {
  if (typeOf(v) === T.float) throw raise(E.TypeError, "'float' object cannot be interpreted as an integer");
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intToNumber(indexOf(v));
  if (!Number.isFinite(n) || Math.abs(n) > 2 ** 53) throw raise(E.OverflowError, `${fname}: Python int too large to convert to C int`);
  return n;
}

function noDirFd(fname: string, v: Value): void {
  if (v !== NULL && v !== S.None) throw raise(E.NotImplementedError, 'dir_fd unavailable on this platform');
}

/** True unless the argument was given and is false (follow_symlinks). */
function flag(v: Value, dflt: boolean): boolean {
  if (v === NULL) return dflt;
  return v !== S.False && v !== S.None && v !== 1;
}

/** A Node error as the OSError CPython raises, naming `filename` (and `filename2`). */
function oserror(e: unknown, filename: Value = NULL, filename2: Value = NULL): never {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) throw e;
  const [errno, text] = errnoOf(code);
  throw raiseObject(newOSError(errno, text, filename, filename2));
}

function nameValue(name: string, asBytes: boolean): Ref {
  return asBytes ? newBytes(Buffer.from(name, 'utf8')) : newStr(name);
}

const args: Value[] = [];
function parse(fname: string, argv: number, argc: number, kwnames: Ref, names: readonly string[], posOnly: number, required: number, kwOnly: readonly string[] = []): Value[] {
  parseClinic(fname, argv, argc, kwnames, names, posOnly, required, kwOnly, args);
  return args;
}

// ---- directories -----------------------------------------------------------------------------

defineFunction('posix', 'getcwd', (_s, _argv, argc) => {
  if (argc !== 0) throw raise(E.TypeError, `getcwd() takes no arguments (${argc} given)`);
  return newStr(process.cwd());
});

defineFunction('posix', 'getcwdb', (_s, _argv, argc) => {
  if (argc !== 0) throw raise(E.TypeError, `getcwdb() takes no arguments (${argc} given)`);
  return newBytes(Buffer.from(process.cwd(), 'utf8'));
});

defineFunction('posix', 'chdir', (_s, argv, argc, kwnames) => {
  const [p] = parse('chdir', argv, argc, kwnames, ['path'], 0, 1);
  const a = pathArg('chdir', 'path', p!);
  const err = changeDirectory(a.path);
  if (err !== null) {
    const [errno, text] = errnoOf(err);
    throw raiseObject(newOSError(errno, text, a.original));
  }
  return S.None;
});

defineFunction('posix', 'listdir', (_s, argv, argc, kwnames) => {
  const [p] = parse('listdir', argv, argc, kwnames, ['path'], 0, 0);
  const a = p === NULL ? { path: '.', bytes: false, original: newStr('.'), fd: -1 } : pathArg('listdir', 'path', p!, true, true);
  if (a.fd >= 0) throw raise(E.NotImplementedError, 'listdir: file descriptors are not supported');
  let names: string[];
  try {
    names = fs.readdirSync(a.path === '' ? '.' : a.path);
  } catch (e) {
    oserror(e, a.original === S.None ? newStr('.') : a.original);
  }
  const l = newList(0);
  for (const n of names) listAppend(l, nameValue(n, a.bytes));
  return l;
});

/** _scandir(path) -> list of (name, kind): kind 1 directory, 2 regular file, 3 symbolic link, 0 other. */
defineFunction('posix', '_scandir', (_s, argv, argc, kwnames) => {
  const [p] = parse('scandir', argv, argc, kwnames, ['path'], 0, 0);
  const a = p === NULL ? { path: '.', bytes: false, original: newStr('.'), fd: -1 } : pathArg('scandir', 'path', p!, true, true);
  if (a.fd >= 0) throw raise(E.NotImplementedError, 'scandir: file descriptors are not supported');
  let ents: fs.Dirent[];
  try {
    ents = fs.readdirSync(a.path === '' ? '.' : a.path, { withFileTypes: true });
  } catch (e) {
    oserror(e, a.original);
  }
  const l = newList(0);
  for (const d of ents) {
    const kind = d.isSymbolicLink() ? 3 : d.isDirectory() ? 1 : d.isFile() ? 2 : 0;
    listAppend(l, newTuple([nameValue(d.name, a.bytes), intFromNumber(kind)]));
  }
  return l;
});

defineFunction('posix', 'mkdir', (_s, argv, argc, kwnames) => {
  const [p, m, dirFd] = parse('mkdir', argv, argc, kwnames, ['path', 'mode'], 0, 1, ['dir_fd']);
  const a = pathArg('mkdir', 'path', p!);
  noDirFd('mkdir', dirFd!);
  const mode = m === NULL ? 0o777 : intArg('mkdir', m!);
  try {
    fs.mkdirSync(a.path, { mode });
  } catch (e) {
    oserror(e, a.original);
  }
  return S.None;
});

defineFunction('posix', 'rmdir', (_s, argv, argc, kwnames) => {
  const [p, dirFd] = parse('rmdir', argv, argc, kwnames, ['path'], 0, 1, ['dir_fd']);
  const a = pathArg('rmdir', 'path', p!);
  noDirFd('rmdir', dirFd!);
  try {
    fs.rmdirSync(a.path);
  } catch (e) {
    oserror(e, a.original);
  }
  return S.None;
});

for (const name of ['unlink', 'remove']) {
  defineFunction('posix', name, (_s, argv, argc, kwnames) => {
    const [p, dirFd] = parse(name, argv, argc, kwnames, ['path'], 0, 1, ['dir_fd']);
    const a = pathArg(name, 'path', p!);
    noDirFd(name, dirFd!);
    try {
      // unlink(2) refuses a directory with EISDIR on Linux; Node's unlinkSync gives EPERM there.
      const st = fs.lstatSync(a.path, { throwIfNoEntry: false });
      if (st !== undefined && st.isDirectory()) oserror({ code: 'EISDIR' }, a.original);
      fs.unlinkSync(a.path);
    } catch (e) {
      oserror(e, a.original);
    }
    return S.None;
  });
}

for (const name of ['rename', 'replace']) {
  defineFunction('posix', name, (_s, argv, argc, kwnames) => {
    const [src, dst, sfd, dfd] = parse(name, argv, argc, kwnames, ['src', 'dst'], 0, 2, ['src_dir_fd', 'dst_dir_fd']);
    const a = pathArg(name, 'src', src!);
    const b = pathArg(name, 'dst', dst!);
    noDirFd(name, sfd!);
    noDirFd(name, dfd!);
    try {
      fs.renameSync(a.path, b.path);
    } catch (e) {
      oserror(e, a.original, b.original);
    }
    return S.None;
  });
}

defineFunction('posix', 'readlink', (_s, argv, argc, kwnames) => {
  const [p, dirFd] = parse('readlink', argv, argc, kwnames, ['path'], 0, 1, ['dir_fd']);
  const a = pathArg('readlink', 'path', p!);
  noDirFd('readlink', dirFd!);
  try {
    return nameValue(fs.readlinkSync(a.path), a.bytes);
  } catch (e) {
    oserror(e, a.original);
  }
});

defineFunction('posix', 'symlink', (_s, argv, argc, kwnames) => {
  const [src, dst, _isDir, dirFd] = parse('symlink', argv, argc, kwnames, ['src', 'dst', 'target_is_directory'], 0, 2, ['dir_fd']);
  const a = pathArg('symlink', 'src', src!);
  const b = pathArg('symlink', 'dst', dst!);
  noDirFd('symlink', dirFd!);
  try {
    fs.symlinkSync(a.path, b.path);
  } catch (e) {
    oserror(e, a.original, b.original);
  }
  return S.None;
});

defineFunction('posix', 'link', (_s, argv, argc, kwnames) => {
  const [src, dst] = parse('link', argv, argc, kwnames, ['src', 'dst'], 0, 2, ['src_dir_fd', 'dst_dir_fd', 'follow_symlinks']);
  const a = pathArg('link', 'src', src!);
  const b = pathArg('link', 'dst', dst!);
  try {
    fs.linkSync(a.path, b.path);
  } catch (e) {
    oserror(e, a.original, b.original);
  }
  return S.None;
});

// ---- stat --------------------------------------------------------------------------------------

/** (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev) */
function statTuple(st: fs.BigIntStats): Ref {
  const b = (x: bigint): Value => intFromBigInt(x);
  return newTuple([b(st.mode), b(st.ino), b(st.dev), b(st.nlink), b(st.uid), b(st.gid), b(st.size), b(st.atimeNs), b(st.mtimeNs), b(st.ctimeNs), b(st.blksize), b(st.blocks), b(st.rdev)]);
}

defineFunction('posix', '_stat', (_s, argv, argc, kwnames) => {
  const [p, dirFd, follow] = parse('stat', argv, argc, kwnames, ['path'], 0, 1, ['dir_fd', 'follow_symlinks']);
  const a = pathArg('stat', 'path', p!, true);
  noDirFd('stat', dirFd!);
  try {
    if (a.fd >= 0) return statTuple(fs.fstatSync(a.fd, { bigint: true }));
    return statTuple(flag(follow!, true) ? fs.statSync(a.path, { bigint: true }) : fs.lstatSync(a.path, { bigint: true }));
  } catch (e) {
    oserror(e, a.fd >= 0 ? NULL : a.original);
  }
});

/** _lstat(path): as _stat with follow_symlinks false, named lstat and taking no descriptor, as CPython's. */
defineFunction('posix', '_lstat', (_s, argv, argc, kwnames) => {
  const [p, dirFd] = parse('lstat', argv, argc, kwnames, ['path'], 0, 1, ['dir_fd']);
  const a = pathArg('lstat', 'path', p!);
  noDirFd('lstat', dirFd!);
  try {
    return statTuple(fs.lstatSync(a.path, { bigint: true }));
  } catch (e) {
    oserror(e, a.original);
  }
});

defineFunction('posix', 'access', (_s, argv, argc, kwnames) => {
  const [p, m] = parse('access', argv, argc, kwnames, ['path', 'mode'], 0, 2, ['dir_fd', 'effective_ids', 'follow_symlinks']);
  const a = pathArg('access', 'path', p!);
  const mode = intArg('access', m!);
  try {
    fs.accessSync(a.path, mode);
    return S.True;
  } catch {
    return S.False;
  }
});

defineFunction('posix', 'chmod', (_s, argv, argc, kwnames) => {
  const [p, m] = parse('chmod', argv, argc, kwnames, ['path', 'mode'], 0, 2, ['dir_fd', 'follow_symlinks']);
  const a = pathArg('chmod', 'path', p!, true);
  const mode = intArg('chmod', m!);
  try {
    if (a.fd >= 0) fs.fchmodSync(a.fd, mode);
    else fs.chmodSync(a.path, mode);
  } catch (e) {
    oserror(e, a.original);
  }
  return S.None;
});

type CUtimensat = (dirfd: number, path: string, times: Buffer, flags: number) => number;
type CFutimens = (fd: number, times: Buffer) => number;
let cUtime: { at: CUtimensat; fd: CFutimens } | null | undefined;

/** The C library's utimensat and futimens through koffi, or null where it does not load. */
function libcUtime(): { at: CUtimensat; fd: CFutimens } | null {
  if (cUtime === undefined) {
    try {
      const lib = loadKoffi().load('libc.so.6');
      cUtime = {
        at: lib.func('int utimensat(int, const char *, const void *, int)') as CUtimensat,
        fd: lib.func('int futimens(int, const void *)') as CFutimens,
      };
    } catch {
      cUtime = null;
    }
  }
  return cUtime;
}

const UTIME_NOW = (1 << 30) - 1;
const AT_FDCWD = -100;
const AT_SYMLINK_NOFOLLOW = 0x100;

/**
 * _utime(path, atime_ns, mtime_ns[, follow_symlinks]): None for now. The C library's utimensat
 * sets the times to the nanosecond, as CPython's; without it (no koffi), Node's utimes, which
 * takes float seconds and keeps whole microseconds. follow_symlinks false sets a symbolic
 * link's own times. A failure is asked of Node again, for its error.
 */
defineFunction('posix', '_utime', (_s, argv, argc, kwnames) => {
  const [p, at, mt, fl] = parse('utime', argv, argc, kwnames, ['path', 'atime', 'mtime', 'follow_symlinks'], 4, 3);
  const a = pathArg('utime', 'path', p!, true);
  const follow = flag(fl!, true);
  const ns = (v: Value): bigint | null => (v === S.None ? null : intValue(v));
  const atime = ns(at!);
  const mtime = ns(mt!);
  const c = libcUtime();
  if (c !== null && !a.path.includes('\0')) {
    const times = Buffer.alloc(32);
    const put = (offset: number, t: bigint | null): void => {
      if (t === null) {
        times.writeBigInt64LE(0n, offset);
        times.writeBigInt64LE(BigInt(UTIME_NOW), offset + 8);
        return;
      }
      const whole = t / 1_000_000_000n - (t % 1_000_000_000n < 0n ? 1n : 0n);
      times.writeBigInt64LE(whole, offset);
      times.writeBigInt64LE(t - whole * 1_000_000_000n, offset + 8);
    };
    put(0, atime);
    put(16, mtime);
    const rc = a.fd >= 0 ? c.fd(a.fd, times) : c.at(AT_FDCWD, a.path, times, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (rc === 0) return S.None;
  }
  // Node keeps whole microseconds, cut off from float seconds (a double near 1.7e9 is good to
  // about 0.24 µs), so half a microsecond is added to land on the intended one.
  const now = Date.now() / 1000;
  const seconds = (t: bigint | null): number => {
    if (t === null) return now;
    const whole = t / 1_000_000_000n - (t % 1_000_000_000n < 0n ? 1n : 0n);
    return Number(whole) + (Math.floor(Number(t - whole * 1_000_000_000n) / 1000) + 0.5) / 1e6;
  };
  try {
    if (a.fd >= 0) fs.futimesSync(a.fd, seconds(atime), seconds(mtime));
    else if (follow) fs.utimesSync(a.path, seconds(atime), seconds(mtime));
    else fs.lutimesSync(a.path, seconds(atime), seconds(mtime));
  } catch (e) {
    oserror(e); // CPython's utime names no file in its error
  }
  return S.None;
});

/** An owner or group id for chown: an int, -1 meaning "leave it as it is". */
function idArg(fname: string, what: 'uid' | 'gid', v: Value): number {
  if (typeOf(v) === T.float || !hasIndex(v)) throw raise(E.TypeError, `${what} should be integer, not ${typeNameOf(v)}`);
  const n = intArg(fname, v);
  // As CPython's converter: -1 and 2**32-1 both mean "unchanged"; anything else outside is refused.
  if (n < -1 || n > 0xffffffff) throw raise(E.OverflowError, `${what} is less than minimum`);
  return n === 0xffffffff ? -1 : n;
}

for (const name of ['chown', 'lchown']) {
  /** chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True); lchown(path, uid, gid). */
  defineFunction('posix', name, (_s, argv, argc, kwnames) => {
    const kwOnly = name === 'chown' ? ['dir_fd', 'follow_symlinks'] : [];
    const [p, u, g, dirFd, fl] = parse(name, argv, argc, kwnames, ['path', 'uid', 'gid'], 0, 3, kwOnly);
    const a = pathArg(name, 'path', p!, name === 'chown');
    if (name === 'chown') noDirFd(name, dirFd!);
    const uid = idArg(name, 'uid', u!);
    const gid = idArg(name, 'gid', g!);
    const follow = name === 'chown' && flag(fl!, true);
    try {
      if (a.fd >= 0) fs.fchownSync(a.fd, uid, gid);
      else if (follow) fs.chownSync(a.path, uid, gid);
      else fs.lchownSync(a.path, uid, gid);
    } catch (e) {
      oserror(e, a.original);
    }
    return S.None;
  });
}

/** fchown(fd, uid, gid). */
defineFunction('posix', 'fchown', (_s, argv, argc, kwnames) => {
  const [f, u, g] = parse('fchown', argv, argc, kwnames, ['fd', 'uid', 'gid'], 0, 3);
  const fd = intArg('fchown', f!);
  try {
    fs.fchownSync(fd, idArg('fchown', 'uid', u!), idArg('fchown', 'gid', g!));
  } catch (e) {
    oserror(e);
  }
  return S.None;
});

/**
 * _statvfs(path or fd) -> (bsize, blocks, bfree, bavail, files, ffree) from Node's statfs
 * (libuv's statfs(2)); os.py makes the statvfs_result. A descriptor is asked through
 * /proc/self/fd.
 */
defineFunction('posix', '_statvfs', (_s, argv, argc, kwnames) => {
  const [p] = parse('statvfs', argv, argc, kwnames, ['path'], 0, 1);
  const a = pathArg('statvfs', 'path', p!, true);
  let st: fs.BigIntStatsFs;
  try {
    st = fs.statfsSync(a.fd >= 0 ? `/proc/self/fd/${a.fd}` : a.path, { bigint: true });
  } catch (e) {
    oserror(e, a.fd >= 0 ? NULL : a.original);
  }
  const b = (x: bigint): Value => intFromBigInt(x);
  return newTuple([b(st.bsize), b(st.blocks), b(st.bfree), b(st.bavail), b(st.files), b(st.ffree)]);
});

// ---- file descriptors --------------------------------------------------------------------------

defineFunction('posix', 'open', (_s, argv, argc, kwnames) => {
  const [p, fl, m, dirFd] = parse('open', argv, argc, kwnames, ['path', 'flags', 'mode'], 0, 2, ['dir_fd']);
  const a = pathArg('open', 'path', p!);
  noDirFd('open', dirFd!);
  const flags = intArg('open', fl!);
  const mode = m === NULL ? 0o777 : intArg('open', m!);
  try {
    return intFromNumber(fs.openSync(a.path, flags, mode));
  } catch (e) {
    oserror(e, a.original);
  }
});

defineFunction('posix', 'close', (_s, argv, argc, kwnames) => {
  const [f] = parse('close', argv, argc, kwnames, ['fd'], 0, 1);
  const fd = intArg('close', f!);
  try {
    fs.fstatSync(fd); // EBADF here: Node warns on closing a descriptor it never opened
    fs.closeSync(fd);
  } catch (e) {
    oserror(e);
  }
  return S.None;
});

defineFunction('posix', 'read', (_s, argv, argc, kwnames) => {
  const [f, n] = parse('read', argv, argc, kwnames, ['fd', 'length'], 2, 2);
  const fd = intArg('read', f!);
  const count = intArg('read', n!);
  if (count < 0) oserror({ code: 'EINVAL' });
  const buf = Buffer.alloc(count);
  let got: number;
  try {
    got = fs.readSync(fd, buf, 0, count, null);
  } catch (e) {
    oserror(e);
  }
  return newBytes(buf.subarray(0, got));
});

defineFunction('posix', 'write', (_s, argv, argc, kwnames) => {
  const [f, d] = parse('write', argv, argc, kwnames, ['fd', 'data'], 2, 2);
  const fd = intArg('write', f!);
  const data = bytesLikeData(d!);
  if (data === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(d!)}'`);
  try {
    return intFromNumber(fs.writeSync(fd, Buffer.from(data)));
  } catch (e) {
    oserror(e);
  }
});

defineFunction('posix', 'fsync', (_s, argv, argc, kwnames) => {
  const [f] = parse('fsync', argv, argc, kwnames, ['fd'], 0, 1);
  try {
    fs.fsyncSync(intArg('fsync', f!));
  } catch (e) {
    oserror(e);
  }
  return S.None;
});

defineFunction('posix', 'isatty', (_s, argv, argc, kwnames) => {
  const [f] = parse('isatty', argv, argc, kwnames, ['fd'], 1, 1);
  return nodeTty().isatty(intArg('isatty', f!)) ? S.True : S.False;
});

// ---- process -----------------------------------------------------------------------------------

defineFunction('posix', 'getpid', () => intFromNumber(process.pid));
defineFunction('posix', 'getppid', () => intFromNumber(process.ppid));
defineFunction('posix', 'getuid', () => intFromNumber(process.getuid?.() ?? 0));
defineFunction('posix', 'geteuid', () => intFromNumber(process.geteuid?.() ?? 0));
defineFunction('posix', 'getgid', () => intFromNumber(process.getgid?.() ?? 0));
defineFunction('posix', 'getegid', () => intFromNumber(process.getegid?.() ?? 0));
defineFunction('posix', 'cpu_count', () => {
  const n = nodeOs.availableParallelism?.() ?? nodeOs.cpus().length;
  return n > 0 ? intFromNumber(n) : S.None;
});

/**
 * _exit(status): end the process at once, as _exit(2): no atexit functions, no waiting for
 * threads, and what sys.stdout still buffers is lost (what was written is not). From any thread:
 * through the C library where koffi loads it, else the Node main thread is asked (exit-now).
 */
defineFunction('posix', '_exit', (_s, argv, argc, kwnames) => {
  const [st] = parse('_exit', argv, argc, kwnames, ['status'], 0, 1);
  exitProcessNow(intArg('_exit', st!) & 0xff);
});

/** kill(pid, signal): send a signal; to this process, as the `signal` module takes it (signal-module.ts). */
defineFunction('posix', 'kill', (_s, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'posix.kill() takes no keyword arguments');
  if (argc !== 2) throw raise(E.TypeError, `kill() takes exactly 2 arguments (${argc} given)`);
  const pid = intArg('kill', i32[argv]!);
  const sig = intArg('kill', i32[argv + 1]!);
  if (sig < 0 || sig >= NSIG) throw raiseObject(newOSError(22, 'Invalid argument'));
  if (pid === process.pid && sig !== 0) {
    sendSignalToSelf(sig, true);
    return S.None;
  }
  try {
    process.kill(pid, sig);
  } catch (e) {
    const [errno, text] = errnoOf((e as NodeJS.ErrnoException).code);
    throw raiseObject(newOSError(errno, text));
  }
  return S.None;
});

/** sched_getaffinity(pid): the CPUs the thread (0: the calling one) or process may run on, from /proc. */
defineFunction('posix', 'sched_getaffinity', (_s, argv, argc, kwnames) => {
  oneArg('posix', 'sched_getaffinity', argc, kwnames);
  const pid = intArg('sched_getaffinity', i32[argv]!);
  let status: string;
  try {
    status = fs.readFileSync(pid === 0 ? '/proc/thread-self/status' : `/proc/${pid}/status`, 'latin1');
  } catch {
    throw raiseObject(newOSError(3, 'No such process'));
  }
  const list = /^Cpus_allowed_list:\s*(.*)$/m.exec(status)?.[1]?.trim() ?? '';
  const cpus = newSet();
  for (const part of list.split(',')) {
    if (part === '') continue;
    const [a, b] = part.split('-').map(Number);
    for (let c = a!; c <= (b ?? a!); c++) setAdd(cpus, intFromNumber(c));
  }
  return cpus;
});

/** getloadavg(): the system's load averages over 1, 5 and 15 minutes. */
defineFunction('posix', 'getloadavg', (_s, _argv, argc) => {
  noArgs('posix', 'getloadavg', argc);
  const [a, b, c] = nodeOs.loadavg();
  return newTuple([newFloat(a!), newFloat(b!), newFloat(c!)]);
});

/**
 * confstr's names and their values on x86-64/aarch64 glibc (fixed by the C library's headers), the
 * C library's version asked of Node (its report), as glibc's confstr(3) answers.
 */
const CONFSTR: [name: string, id: number, value: () => string | null][] = [
  ['CS_PATH', 0, () => '/bin:/usr/bin'],
  ['CS_GNU_LIBC_VERSION', 2, () => (glibcVersion() === null ? null : `glibc ${glibcVersion()}`)],
  ['CS_GNU_LIBPTHREAD_VERSION', 3, () => (glibcVersion() === null ? null : `NPTL ${glibcVersion()}`)],
  ['CS_LFS_CFLAGS', 1000, () => ''], ['CS_LFS_LDFLAGS', 1001, () => ''], ['CS_LFS_LIBS', 1002, () => ''],
  ['CS_LFS_LINTFLAGS', 1003, () => ''], ['CS_LFS64_CFLAGS', 1004, () => '-D_LARGEFILE64_SOURCE'],
  ['CS_LFS64_LDFLAGS', 1005, () => ''], ['CS_LFS64_LIBS', 1006, () => ''], ['CS_LFS64_LINTFLAGS', 1007, () => '-D_LARGEFILE64_SOURCE'],
  ['CS_XBS5_ILP32_OFF32_CFLAGS', 1100, () => ''], ['CS_XBS5_ILP32_OFF32_LDFLAGS', 1101, () => ''],
  ['CS_XBS5_ILP32_OFF32_LIBS', 1102, () => ''], ['CS_XBS5_ILP32_OFF32_LINTFLAGS', 1103, () => ''],
  ['CS_XBS5_ILP32_OFFBIG_CFLAGS', 1104, () => ''], ['CS_XBS5_ILP32_OFFBIG_LDFLAGS', 1105, () => ''],
  ['CS_XBS5_ILP32_OFFBIG_LIBS', 1106, () => ''], ['CS_XBS5_ILP32_OFFBIG_LINTFLAGS', 1107, () => ''],
  ['CS_XBS5_LP64_OFF64_CFLAGS', 1108, () => '-m64'], ['CS_XBS5_LP64_OFF64_LDFLAGS', 1109, () => '-m64'],
  ['CS_XBS5_LP64_OFF64_LIBS', 1110, () => ''], ['CS_XBS5_LP64_OFF64_LINTFLAGS', 1111, () => ''],
  ['CS_XBS5_LPBIG_OFFBIG_CFLAGS', 1112, () => ''], ['CS_XBS5_LPBIG_OFFBIG_LDFLAGS', 1113, () => ''],
  ['CS_XBS5_LPBIG_OFFBIG_LIBS', 1114, () => ''], ['CS_XBS5_LPBIG_OFFBIG_LINTFLAGS', 1115, () => ''],
]; // prettier-ignore

let glibc: string | null | undefined;
/** The running C library's version ('2.36'), or null where it is not glibc. */
function glibcVersion(): string | null {
  if (glibc === undefined) {
    const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
    glibc = header?.glibcVersionRuntime ?? null;
  }
  return glibc;
}

/** confstr(name): a configuration string of the system, by name (confstr_names) or number. */
defineFunction('posix', 'confstr', (_s, argv, argc, kwnames) => {
  oneArg('posix', 'confstr', argc, kwnames);
  const v = i32[argv]!;
  let entry: (typeof CONFSTR)[number] | undefined;
  if (isStrValue(v)) {
    entry = CONFSTR.find((e) => e[0] === strValue(v));
    if (entry === undefined) throw raise(E.ValueError, 'unrecognized configuration name');
  } else {
    const id = intArg('confstr', v);
    entry = CONFSTR.find((e) => e[1] === id);
    if (entry === undefined) throw raiseObject(newOSError(22, 'Invalid argument'));
  }
  const text = entry[2]();
  return text === null ? S.None : newStr(text);
});

defineFunction('posix', 'urandom', (_s, argv, argc, kwnames) => {
  const [s] = parse('urandom', argv, argc, kwnames, ['size'], 1, 1);
  const n = intArg('urandom', s!);
  if (n < 0) throw raise(E.ValueError, 'negative argument not allowed');
  const buf = new Uint8Array(n);
  fillFromOs(buf);
  return newBytes(buf);
});

defineFunction('posix', 'umask', (_s, argv, argc, kwnames) => {
  const [m] = parse('umask', argv, argc, kwnames, ['mask'], 1, 1);
  const mask = intArg('umask', m!);
  // Node workers may not change the umask; reading it is allowed (process.umask() with no argument).
  const old = process.umask();
  if (mask !== old) {
    try {
      process.umask(mask);
    } catch {
      // kept as it was
    }
  }
  return intFromNumber(old);
});

/** _times() -> (user, system, children_user, children_system, elapsed) in seconds. */
defineFunction('posix', '_times', () => {
  const u = process.cpuUsage();
  return newTuple([newFloat(u.user / 1e6), newFloat(u.system / 1e6), newFloat(0), newFloat(0), newFloat(nodeOs.uptime())]);
});

/** _terminal_size(fd) -> (columns, lines), or OSError as ioctl(TIOCGWINSZ) fails. */
defineFunction('posix', '_terminal_size', (_s, argv, argc, kwnames) => {
  const [f] = parse('get_terminal_size', argv, argc, kwnames, ['fd'], 1, 0);
  const fd = f === NULL ? 1 : intArg('get_terminal_size', f!);
  const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
  const cols = (stream as { columns?: number } | null)?.columns;
  const rows = (stream as { rows?: number } | null)?.rows;
  if (!nodeTty().isatty(fd) || cols === undefined || rows === undefined) oserror({ code: 'ENOTTY' });
  return newTuple([intFromNumber(cols), intFromNumber(rows)]);
});

defineFunction('posix', 'uname', () => {
  return newTuple([newStr(nodeOs.type()), newStr(nodeOs.hostname()), newStr(nodeOs.release()), newStr(nodeOs.version()), newStr(nodeOs.machine?.() ?? process.arch)]);
});

defineFunction('posix', 'strerror', (_s, argv, argc, kwnames) => {
  const [c] = parse('strerror', argv, argc, kwnames, ['code'], 1, 1);
  const code = intArg('strerror', c!);
  return newStr(STRERROR[code] ?? `Unknown error ${code}`);
});

defineFunction('posix', 'putenv', (_s, argv, argc, kwnames) => {
  const [k, v] = parse('putenv', argv, argc, kwnames, ['name', 'value'], 2, 2);
  const key = envText('putenv', k!);
  if (key === '' || key.includes('=')) throw raise(E.ValueError, 'illegal environment variable name');
  process.env[key] = envText('putenv', v!);
  return S.None;
});

defineFunction('posix', 'unsetenv', (_s, argv, argc, kwnames) => {
  const [k] = parse('unsetenv', argv, argc, kwnames, ['name'], 1, 1);
  const key = envText('unsetenv', k!);
  if (key === '' || key.includes('=')) throw raise(E.ValueError, 'illegal environment variable name');
  delete process.env[key];
  return S.None;
});

function envText(fname: string, v: Value): string {
  const a = pathArg(fname, 'argument', v);
  if (a.path.includes('\0')) throw raise(E.ValueError, 'embedded null byte');
  return a.path;
}

/** The environment when os is imported (os.environ starts as a copy). */
function environDict(): Ref {
  const d = newDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) dictSet(d, newStr(k), newStr(v));
  return d;
}

/** Linux's errno texts (glibc's strerror), for os.strerror. */
const STRERROR: Record<number, string> = {
  0: 'Success',
  1: 'Operation not permitted', 2: 'No such file or directory', 3: 'No such process', 4: 'Interrupted system call',
  5: 'Input/output error', 6: 'No such device or address', 7: 'Argument list too long', 8: 'Exec format error',
  9: 'Bad file descriptor', 10: 'No child processes', 11: 'Resource temporarily unavailable', 12: 'Cannot allocate memory',
  13: 'Permission denied', 14: 'Bad address', 15: 'Block device required', 16: 'Device or resource busy', 17: 'File exists',
  18: 'Invalid cross-device link', 19: 'No such device', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument',
  23: 'Too many open files in system', 24: 'Too many open files', 25: 'Inappropriate ioctl for device', 26: 'Text file busy',
  27: 'File too large', 28: 'No space left on device', 29: 'Illegal seek', 30: 'Read-only file system', 31: 'Too many links',
  32: 'Broken pipe', 33: 'Numerical argument out of domain', 34: 'Numerical result out of range', 35: 'Resource deadlock avoided',
  36: 'File name too long', 37: 'No locks available', 38: 'Function not implemented', 39: 'Directory not empty',
  40: 'Too many levels of symbolic links', 104: 'Connection reset by peer', 110: 'Connection timed out', 111: 'Connection refused',
}; // prettier-ignore

/** Constants of the posix module (Linux values). */
const CONSTANTS: [string, number][] = [
  ['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1],
  ['O_RDONLY', 0], ['O_WRONLY', 1], ['O_RDWR', 2], ['O_CREAT', 0o100], ['O_EXCL', 0o200], ['O_NOCTTY', 0o400],
  ['O_TRUNC', 0o1000], ['O_APPEND', 0o2000], ['O_NONBLOCK', 0o4000], ['O_NDELAY', 0o4000], ['O_DSYNC', 0o10000],
  ['O_SYNC', 0o4010000], ['O_RSYNC', 0o4010000], ['O_DIRECTORY', 0o200000], ['O_NOFOLLOW', 0o400000],
  ['O_CLOEXEC', 0o2000000], ['O_ACCMODE', 3], ['O_LARGEFILE', 0], ['O_NOATIME', 0o1000000], ['O_PATH', 0o10000000],
  ['O_TMPFILE', 0o20200000],
  ['SEEK_SET', 0], ['SEEK_CUR', 1], ['SEEK_END', 2],
  ['EX_OK', 0], ['WNOHANG', 1],
]; // prettier-ignore

defineBuiltinModule('posix', 'Operating-system calls of POSIX systems, for the os module.', (d) => {
  for (const [k, v] of CONSTANTS) dictSet(d, intern(k), intFromNumber(v));
  dictSet(d, intern('environ'), environDict());
  const names = newDict();
  // In name order, as CPython's table (kept sorted for its binary search).
  for (const [name, id] of [...CONFSTR].sort((a, b) => (a[0] < b[0] ? -1 : 1))) dictSet(names, intern(name), intFromNumber(id));
  dictSet(d, intern('confstr_names'), names);
});
