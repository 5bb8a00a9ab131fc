/**
 * The methods bytes and bytearray share (declared on both types), wrapping src/text's bytes
 * functions; a method that builds a new sequence returns the kind of its `self` (bytes ->
 * bytes, bytearray -> bytearray). Also bytes.fromhex / bytearray.fromhex (class methods) and
 * bytes.maketrans / bytearray.maketrans (static). decode is in bytes-codecs.ts.
 *
 * Inputs are passed to src/text as views of the heap (no copy): nothing allocates Python
 * objects or runs Python code while they are in use, except where noted (join).
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import {
  bytesCount,
  bytesEndsWith,
  bytesFind,
  bytesIndex,
  bytesPartition,
  bytesRFind,
  bytesRIndex,
  bytesRPartition,
  bytesRSplit,
  bytesSplit,
  bytesSplitLines,
  bytesStartsWith,
  type ByteSub,
} from '../text/bytes-search.js';
import {
  bytesCapitalize,
  bytesCenter,
  bytesExpandTabs,
  bytesFromHex,
  bytesHex,
  bytesIsAlnum,
  bytesIsAlpha,
  bytesIsAscii,
  bytesIsDigit,
  bytesIsLower,
  bytesIsSpace,
  bytesIsTitle,
  bytesIsUpper,
  bytesJoin,
  bytesLJust,
  bytesLower,
  bytesLStrip,
  bytesMakeTrans,
  bytesRemovePrefix,
  bytesRemoveSuffix,
  bytesReplace,
  bytesRJust,
  bytesRStrip,
  bytesStrip,
  bytesSwapCase,
  bytesTitle,
  bytesTranslate,
  bytesUpper,
  bytesZFill,
} from '../text/bytes-transform.js';
import { affixArgTypeError } from '../text/str-search.js';
import { boolValue, getIter, iterNext, typeNameOf } from '../vm/abstract.js';
import { callValue } from '../vm/call.js';
import { exceptionMatches, fetchException } from '../vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { isByteArray, newByteArray } from './bytearray.js';
import { BUF_FULL, BUF_OR_NONE, bytesLikeData, exporterData, newBytes } from './bytes.js';
import { sameKind } from './bytes-slots.js';
import { listSet, newList } from './list.js';
import { defineMethod, MDF_CLASS, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import {
  argTypeName,
  checkArgcClinic,
  checkArgcOld,
  checkNoArgs,
  checkOneArg,
  cIntOf,
  flagOf,
  indexOrNaN,
  parseKwArgs,
  sliceBound,
  ssizeOf,
  strOf,
  textCall,
  throwText,
  typeError,
} from './str-args.js';
import { newStr, strValue } from './str.js';
import { newTuple, tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';

type Native = (self: Value, argv: number, argc: number, kwnames: Ref) => Value;

function both(name: string, fn: Native, flags = 0): void {
  defineMethod('bytes', name, fn, flags);
  defineMethod('bytearray', name, fn, flags);
}

function arg(argv: number, k: number): Value {
  return i32[argv + k]!;
}

/** The qualified name for messages: bytes.upper or bytearray.upper. */
function qual(self: Value, name: string): string {
  return `${isByteArray(self) ? 'bytearray' : 'bytes'}.${name}`;
}

/** self's bytes (self is a bytes or bytearray, or a memoryview for hex: copied when strided). */
function data(self: Value): Uint8Array {
  return bytesLikeData(self, BUF_FULL)!;
}

function bytesArg(v: Value): Uint8Array {
  const d = bytesLikeData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeNameOf(v)}'`);
  return d;
}

/** The sub argument of find/count/index: bytes-like or an int (range checked by src/text). */
function subArg(v: Value): ByteSub {
  const d = bytesLikeData(v);
  if (d !== null) return d;
  const n = (v & 1) !== 0 || isSubtype(typeOf(v), T.int) ? indexOrNaN(v) : NaN;
  if (Number.isNaN(n)) typeError(`argument should be integer or bytes-like object, not '${typeNameOf(v)}'`);
  return n;
}

function wrapList(self: Value, parts: readonly Uint8Array[]): Ref {
  const l = newList(parts.length);
  for (let i = 0; i < parts.length; i++) listSet(l, i, sameKind(self, parts[i]!));
  return l;
}

// ---- no-argument methods --------------------------------------------------------------------

function transform(name: string, f: (b: Uint8Array) => Uint8Array): void {
  both(name, (self, _argv, argc, kwnames) => {
    checkNoArgs(qual(self, name), argc, kwnames);
    return sameKind(self, f(data(self)));
  });
}
transform('lower', bytesLower);
transform('upper', bytesUpper);
transform('swapcase', bytesSwapCase);
transform('capitalize', bytesCapitalize);
transform('title', bytesTitle);

function predicate(name: string, f: (b: Uint8Array) => boolean): void {
  both(name, (self, _argv, argc, kwnames) => {
    checkNoArgs(qual(self, name), argc, kwnames);
    return boolValue(f(data(self)));
  });
}
predicate('isalnum', bytesIsAlnum);
predicate('isalpha', bytesIsAlpha);
predicate('isascii', bytesIsAscii);
predicate('isdigit', bytesIsDigit);
predicate('islower', bytesIsLower);
predicate('isspace', bytesIsSpace);
predicate('istitle', bytesIsTitle);
predicate('isupper', bytesIsUpper);

// ---- searching ------------------------------------------------------------------------------

function search(name: string, f: (b: Uint8Array, sub: ByteSub, a?: number | null, e?: number | null) => number): void {
  both(name, (self, argv, argc, kwnames) => {
    checkArgcOld(name, argc, kwnames, 1, 3, qual(self, name));
    const sub = subArg(arg(argv, 0));
    const a = argc > 1 ? sliceBound(arg(argv, 1)) : null;
    const e = argc > 2 ? sliceBound(arg(argv, 2)) : null;
    return fromSmallInt(textCall(() => f(data(self), sub, a, e)));
  });
}
search('find', bytesFind);
search('rfind', bytesRFind);
search('index', bytesIndex);
search('rindex', bytesRIndex);
search('count', bytesCount);

function affix(name: 'startswith' | 'endswith'): void {
  const f = name === 'startswith' ? bytesStartsWith : bytesEndsWith;
  both(name, (self, argv, argc, kwnames) => {
    checkArgcOld(name, argc, kwnames, 1, 3, qual(self, name));
    const x = arg(argv, 0);
    const a = argc > 1 ? sliceBound(arg(argv, 1)) : null;
    const e = argc > 2 ? sliceBound(arg(argv, 2)) : null;
    const one = bytesLikeData(x);
    if (one !== null) return boolValue(f(data(self), one, a, e));
    if ((x & 1) === 0 && isSubtype(typeOf(x), T.tuple)) {
      const parts: Uint8Array[] = [];
      for (let k = 0, n = tupleLength(x); k < n; k++) {
        const item = tupleGet(x, k);
        const d = bytesLikeData(item);
        if (d === null) throwText(affixArgTypeError(name, typeNameOf(item), true, 'bytes'));
        parts.push(d);
      }
      return boolValue(f(data(self), parts, a, e));
    }
    return throwText(affixArgTypeError(name, typeNameOf(x), false, 'bytes'));
  });
}
affix('startswith');
affix('endswith');

// ---- splitting ------------------------------------------------------------------------------

const SPLIT_NAMES = ['sep', 'maxsplit'] as const;
const splitArgs: Value[] = [0, 0];
function splitter(name: 'split' | 'rsplit'): void {
  const f = name === 'split' ? bytesSplit : bytesRSplit;
  both(name, (self, argv, argc, kwnames) => {
    const [sepV, maxV] = parseKwArgs(name, argv, argc, kwnames, SPLIT_NAMES, splitArgs);
    const sep = sepV === NULL || sepV === S.None ? null : bytesArg(sepV!);
    const maxsplit = maxV === NULL ? -1 : ssizeOf(maxV!);
    return wrapList(self, textCall(() => f(data(self), sep, maxsplit)));
  });
}
splitter('split');
splitter('rsplit');

const SPLITLINES_NAMES = ['keepends'] as const;
const splitlinesArgs: Value[] = [0];
both('splitlines', (self, argv, argc, kwnames) => {
  const [keep] = parseKwArgs('splitlines', argv, argc, kwnames, SPLITLINES_NAMES, splitlinesArgs);
  return wrapList(self, bytesSplitLines(data(self), flagOf(keep!)));
});

function partitioner(name: 'partition' | 'rpartition'): void {
  const f = name === 'partition' ? bytesPartition : bytesRPartition;
  both(name, (self, argv, argc, kwnames) => {
    checkOneArg(qual(self, name), argc, kwnames);
    const parts = textCall(() => f(data(self), bytesArg(arg(argv, 0))));
    const mark = handleCount();
    try {
      const items = parts.map((p) => {
        const r = sameKind(self, p);
        pushHandle(r);
        return r;
      });
      return newTuple(items);
    } finally {
      releaseHandles(mark);
    }
  });
}
partitioner('partition');
partitioner('rpartition');

// ---- building ---------------------------------------------------------------------------------

function stripper(name: 'strip' | 'lstrip' | 'rstrip'): void {
  const f = name === 'strip' ? bytesStrip : name === 'lstrip' ? bytesLStrip : bytesRStrip;
  both(name, (self, argv, argc, kwnames) => {
    checkArgcClinic(name, argc, kwnames, 0, 1, qual(self, name));
    const c = argc > 0 ? arg(argv, 0) : S.None;
    const chars = c === S.None ? null : bytesArg(c);
    const out = f(data(self), chars);
    if (out.length === data(self).length && typeOf(self) === T.bytes) return self;
    return sameKind(self, out);
  });
}
stripper('strip');
stripper('lstrip');
stripper('rstrip');

function padder(name: 'center' | 'ljust' | 'rjust'): void {
  const f = name === 'center' ? bytesCenter : name === 'ljust' ? bytesLJust : bytesRJust;
  both(name, (self, argv, argc, kwnames) => {
    checkArgcClinic(name, argc, kwnames, 1, 2, qual(self, name));
    const width = ssizeOf(arg(argv, 0));
    let fill: Uint8Array | undefined;
    let fillType = 'bytes';
    if (argc > 1) {
      const fv = arg(argv, 1);
      const d = exporterData(fv); // a byte string: bytes or bytearray, no other buffer
      fillType = typeNameOf(fv);
      fill = d === null || d.length !== 1 ? new Uint8Array(0) : d;
    }
    return sameKind(self, textCall(() => f(data(self), width, fill, fillType)));
  });
}
padder('center');
padder('ljust');
padder('rjust');

both('zfill', (self, argv, argc, kwnames) => {
  checkOneArg(qual(self, 'zfill'), argc, kwnames);
  return sameKind(self, bytesZFill(data(self), ssizeOf(arg(argv, 0))));
});

const EXPANDTABS_NAMES = ['tabsize'] as const;
const expandtabsArgs: Value[] = [0];
both('expandtabs', (self, argv, argc, kwnames) => {
  const [t] = parseKwArgs('expandtabs', argv, argc, kwnames, EXPANDTABS_NAMES, expandtabsArgs);
  return sameKind(self, bytesExpandTabs(data(self), t === NULL ? 8 : cIntOf(t!)));
});

both('replace', (self, argv, argc, kwnames) => {
  checkArgcClinic('replace', argc, kwnames, 2, 3, qual(self, 'replace'));
  const old = bytesArg(arg(argv, 0));
  const repl = bytesArg(arg(argv, 1));
  const count = argc > 2 ? ssizeOf(arg(argv, 2)) : -1;
  return sameKind(self, bytesReplace(data(self), old, repl, count));
});

function remover(name: 'removeprefix' | 'removesuffix'): void {
  const f = name === 'removeprefix' ? bytesRemovePrefix : bytesRemoveSuffix;
  both(name, (self, argv, argc, kwnames) => {
    checkOneArg(qual(self, name), argc, kwnames);
    return sameKind(self, f(data(self), bytesArg(arg(argv, 0))));
  });
}
remover('removeprefix');
remover('removesuffix');

both('join', (self, argv, argc, kwnames) => {
  checkOneArg(qual(self, 'join'), argc, kwnames);
  const iterable = arg(argv, 0);
  const parts: Uint8Array[] = [];
  const mark = handleCount();
  try {
    let it: Value;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (exceptionMatches(E.TypeError)) {
        fetchException();
        typeError('can only join an iterable');
      }
      throw e;
    }
    pushHandle(it);
    for (let k = 0; ; k++) {
      const x = iterNext(it);
      if (x === NULL) break;
      const d = bytesLikeData(x, BUF_OR_NONE);
      if (d === null) typeError(`sequence item ${k}: expected a bytes-like object, ${typeNameOf(x)} found`);
      // Copied now: a later item's __next__ may run Python code that changes a bytearray.
      parts.push(d.slice());
    }
  } finally {
    releaseHandles(mark);
  }
  return sameKind(self, bytesJoin(data(self), parts));
});

both('translate', (self, argv, argc, kwnames) => {
  const [tableV, delV] = parseKwArgs('translate', argv, argc, kwnames, ['table', 'delete'], [0, 0], 1);
  const table = tableV === S.None ? null : bytesArg(tableV!);
  const del = delV === NULL ? undefined : bytesArg(delV!);
  return sameKind(self, textCall(() => bytesTranslate(data(self), table, del)));
});

both(
  'maketrans',
  (_self, argv, argc, kwnames) => {
    checkArgcClinic('maketrans', argc, kwnames, 2, 2, 'bytes.maketrans');
    return newBytes(textCall(() => bytesMakeTrans(bytesArg(arg(argv, 0)), bytesArg(arg(argv, 1)))));
  },
  MDF_STATIC,
);

// ---- hex ------------------------------------------------------------------------------------

const HEX_NAMES = ['sep', 'bytes_per_sep'] as const;
const hexArgs: Value[] = [0, 0];
/** hex() of bytes, bytearray and memoryview (self is read as any bytes-like value). */
const hex: Native = (self, argv, argc, kwnames) => {
  const [sepV, perV] = parseKwArgs('hex', argv, argc, kwnames, HEX_NAMES, hexArgs);
  let sep: string | null = null;
  if (sepV !== NULL) {
    const s = strOf(sepV!);
    if (s !== NULL) sep = strValue(s);
    else {
      const d = bytesLikeData(sepV!);
      if (d === null) typeError(`object of type '${typeNameOf(sepV!)}' has no len()`);
      sep = String.fromCharCode(...d);
    }
  }
  const per = perV === NULL ? 1 : cIntOf(perV!);
  return newStr(textCall(() => bytesHex(data(self), sep, per)));
};
both('hex', hex);
defineMethod('memoryview', 'hex', hex);

/** fromhex as a class method: argv[0] is the class (bytes, bytearray or a subclass). */
function fromhex(cls: Value, s: Value): Value {
  const text = strOf(s);
  if (text === NULL) typeError(`fromhex() argument must be str, not ${argTypeName(s)}`);
  const bytes = textCall(() => bytesFromHex(strValue(text)));
  const base = isSubtype(cls, T.bytearray) ? newByteArray(bytes) : newBytes(bytes);
  if (cls === T.bytes || cls === T.bytearray) return base;
  const mark = handleCount();
  try {
    const h = pushHandle(base);
    return callValue(cls, handleWord(h), 1, NULL);
  } finally {
    releaseHandles(mark);
  }
}
both(
  'fromhex',
  (cls, argv, argc, kwnames) => {
    checkOneArg('fromhex', argc, kwnames);
    return fromhex(cls, arg(argv, 0));
  },
  MDF_CLASS,
);

both('__getnewargs__', (self, _argv, argc, kwnames) => {
  checkNoArgs(qual(self, '__getnewargs__'), argc, kwnames);
  return newTuple([newBytes(data(self))]);
});

defineMethod('bytes', '__bytes__', (self, _argv, argc, kwnames) => {
  checkNoArgs('bytes.__bytes__', argc, kwnames);
  return typeOf(self) === T.bytes ? self : newBytes(data(self));
});
