/**
 * The methods of str (except format, format_map, __format__: str-format.ts; encode:
 * str-encode.ts), as natives wrapping src/text's pure functions. `self` is a str or an
 * instance of a str subclass (the method descriptor checked it); arguments follow CPython's
 * argument styles and messages (str-args.ts).
 *
 * Fast paths on the heap bytes when self and the argument are 1-byte-kind strs: find, index,
 * count, startswith, endswith, split, strip, join, `in`; the rest decode to JS strings.
 */
import { freeThreading } from '../vm/object-lock.js';
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { strCapitalize, strCasefold, strLower, strSwapCase, strTitle, strUpper } from '../text/str-case.js';
import { strCenter, strExpandTabs, strLJust, strRJust, strZFill } from '../text/str-pad.js';
import {
  strIsAlnum,
  strIsAlpha,
  strIsDecimal,
  strIsDigit,
  strIsIdentifier,
  strIsLower,
  strIsNumeric,
  strIsPrintable,
  strIsSpace,
  strIsTitle,
  strIsUpper,
} from '../text/str-predicates.js';
import {
  joinItemTypeError,
  MAKETRANS_KEY_TYPE_ERROR,
  MAKETRANS_ONE_ARG_ERROR,
  MAKETRANS_SECOND_ARG_ERROR,
  makeTransKey,
  strMakeTrans,
  strReplace,
  strTranslate,
  type TranslateResult,
} from '../text/str-replace.js';
import { affixArgTypeError, strCount, strFind, strRFind } from '../text/str-search.js';
import { strPartition, strRPartition, strRSplit, strSplit, strSplitLines } from '../text/str-split.js';
import { strLStrip, strRemovePrefix, strRemoveSuffix, strRStrip, strStrip } from '../text/str-strip.js';
import { adjustRange } from '../text/codepoints.js';
import { boolValue, getItem, getIter, iterNext, typeNameOf } from '../vm/abstract.js';
import { exceptionMatches, fetchException, raise } from '../vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { dictEntryIndex, dictGet, dictNextEntry, dictSet, newDict } from './dict.js';
import { isList, listAppend, listBase, listLength, listSet, listToTuple, newList } from './list.js';
import { defineMethod, MDF_STATIC } from './native.js';
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
import { strIn } from './str-slots.js';
import {
  newStr,
  strCodePoint,
  strFindLatin1,
  strIsAscii,
  strJoinWords,
  strKind,
  strLength,
  strMatchAt,
  strReplaceLatin1,
  strAsciiCase,
  strSplitLinesLatin1,
  strSplitWhitespaceLatin1,
  strStripLatin1Bounds,
  stripOut,
  strSubstring,
  strValue,
} from './str.js';
import { newTuple, tupleBase, tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';

type Native = (self: Value, argv: number, argc: number, kwnames: Ref) => Value;

function method(name: string, fn: Native): void {
  defineMethod('str', name, fn);
}

function arg(argv: number, k: number): Value {
  return i32[argv + k]!;
}

/** A str result: self itself when the text did not change (CPython returns self for exact strs). */
function result(self: Ref, before: string, after: string): Ref {
  if (before === after && i32[self >> 2] === T.str) return self;
  return newStr(after);
}

function strArg(v: Value, message: string): Ref {
  const s = strOf(v);
  if (s === NULL) typeError(message);
  return s;
}

/**
 * v as a str, or TypeError "`what`must be `accepted`, not <v's type>". The message is made only
 * when it is raised: made at every call, from the argument's type name, it was half of what a
 * `s.replace('-', '_')` cost (226 ns against CPython's 46).
 */
function expectStr(v: Value, what: string, accepted = 'str'): Ref {
  const s = strOf(v);
  if (s === NULL) typeError(`${what}must be ${accepted}, not ${argTypeName(v)}`);
  return s;
}

function mustBeStr(v: Value): Ref {
  return expectStr(v, '');
}

/** A list of new strs for the JS strings parts. */
function strList(parts: readonly string[]): Ref {
  const l = newList(parts.length);
  for (let i = 0; i < parts.length; i++) listSet(l, i, newStr(parts[i]!));
  return l;
}

// ---- case and predicates --------------------------------------------------------------------

// The qualified names in the error messages are made once per method, not at every call.

function caseMethod(name: string, f: (s: string) => string): void {
  const qualname = `str.${name}`;
  method(name, (self, _argv, argc, kwnames) => {
    checkNoArgs(qualname, argc, kwnames);
    const s = strOf(self);
    if (strIsAscii(s) && name !== 'capitalize' && name !== 'swapcase' && name !== 'title') {
      // ASCII: lower and casefold agree, upper maps a-z only.
      const r = strAsciiCase(s, name === 'upper');
      return r;
    }
    const text = strValue(s);
    return newStr(f(text));
  });
}
caseMethod('capitalize', strCapitalize);
caseMethod('casefold', strCasefold);
caseMethod('lower', strLower);
caseMethod('upper', strUpper);
caseMethod('swapcase', strSwapCase);
caseMethod('title', strTitle);

function predicate(name: string, f: (s: string) => boolean): void {
  const qualname = `str.${name}`;
  method(name, (self, _argv, argc, kwnames) => {
    checkNoArgs(qualname, argc, kwnames);
    return boolValue(f(strValue(strOf(self))));
  });
}
predicate('isalnum', strIsAlnum);
predicate('isalpha', strIsAlpha);
predicate('isdecimal', strIsDecimal);
predicate('isdigit', strIsDigit);
predicate('isidentifier', strIsIdentifier);
predicate('islower', strIsLower);
predicate('isnumeric', strIsNumeric);
predicate('isprintable', strIsPrintable);
predicate('isspace', strIsSpace);
predicate('istitle', strIsTitle);
predicate('isupper', strIsUpper);
method('isascii', (self, _argv, argc, kwnames) => {
  checkNoArgs('str.isascii', argc, kwnames);
  return boolValue(strIsAscii(strOf(self)));
});

// ---- searching --------------------------------------------------------------------------------

/** [start, end) window for the optional bounds at argv[1], argv[2] (clamped to [0, len]). */
let winStart = 0;
let winEnd = 0;
/** Sets winStart/winEnd (no allocation: these methods are hot). */
function bounds(argv: number, argc: number, len: number): void {
  if (argc <= 1) {
    winStart = 0;
    winEnd = len;
    return;
  }
  const a = sliceBound(arg(argv, 1));
  const b = argc > 2 ? sliceBound(arg(argv, 2)) : null;
  const r = adjustRange(len, a, b);
  winStart = r[0];
  winEnd = r[1];
}

/** find in s[start:end) of sub: code point index or -1 (both strs). */
function findIn(s: Ref, sub: Ref, start: number, end: number): number {
  const len = strLength(s);
  if (start > len || end < start) return -1;
  if (strKind(s) === 1 && strKind(sub) === 1) return strFindLatin1(s, sub, start, end);
  return strFind(strValue(s), strValue(sub), start, end);
}

function findMethod(name: 'find' | 'index', notFound: (self: Ref) => Value): void {
  const qualname = `str.${name}`;
  method(name, (self, argv, argc, kwnames) => {
    checkArgcOld(name, argc, kwnames, 1, 3, qualname);
    const s = strOf(self);
    const sub = mustBeStr(arg(argv, 0));
    bounds(argv, argc, strLength(s));
    const a = winStart;
    const b = winEnd;
    const i = findIn(s, sub, a, b);
    if (i < 0) return notFound(s);
    return fromSmallInt(i);
  });
}
findMethod('find', () => fromSmallInt(-1));
findMethod('index', () => {
  throw raise(E.ValueError, 'substring not found');
});

function rfindMethod(name: 'rfind' | 'rindex'): void {
  const qualname = `str.${name}`;
  method(name, (self, argv, argc, kwnames) => {
    checkArgcOld(name, argc, kwnames, 1, 3, qualname);
    const s = strOf(self);
    const sub = mustBeStr(arg(argv, 0));
    const a = argc > 1 ? sliceBound(arg(argv, 1)) : null;
    const b = argc > 2 ? sliceBound(arg(argv, 2)) : null;
    const i = strRFind(strValue(s), strValue(sub), a, b);
    if (i < 0 && name === 'rindex') throw raise(E.ValueError, 'substring not found');
    return fromSmallInt(i);
  });
}
rfindMethod('rfind');
rfindMethod('rindex');

method('count', (self, argv, argc, kwnames) => {
  checkArgcOld('count', argc, kwnames, 1, 3, 'str.count');
  const s = strOf(self);
  const sub = mustBeStr(arg(argv, 0));
  const len = strLength(s);
  bounds(argv, argc, len);
  const a = winStart;
  const b = winEnd;
  const n = strLength(sub);
  if (a > len || b < a) return fromSmallInt(0);
  if (n === 0) return fromSmallInt(b - a + 1);
  if (strKind(s) === 1 && strKind(sub) === 1) {
    let count = 0;
    let i = strFindLatin1(s, sub, a, b);
    while (i >= 0) {
      count++;
      i = strFindLatin1(s, sub, i + n, b);
    }
    return fromSmallInt(count);
  }
  return fromSmallInt(strCount(strValue(s), strValue(sub), a, b));
});

/** Does s[a:b] start (or end) with p? */
function affixTest(s: Ref, len: number, a: number, b: number, p: Ref, atEnd: boolean): boolean {
  const n = strLength(p);
  if (a > len || b - a < n) return false;
  if (n === 0) return true;
  return strMatchAt(s, atEnd ? b - n : a, p);
}

function affixMethod(name: 'startswith' | 'endswith'): void {
  const atEnd = name === 'endswith';
  const qualname = `str.${name}`;
  method(name, (self, argv, argc, kwnames) => {
    checkArgcOld(name, argc, kwnames, 1, 3, qualname);
    const s = strOf(self);
    const len = strLength(s);
    bounds(argv, argc, len);
    const a = winStart;
    const b = winEnd;
    const x = arg(argv, 0);
    const one = strOf(x);
    if (one !== NULL) return boolValue(affixTest(s, len, a, b, one, atEnd));
    if ((x & 1) === 0 && isSubtype(typeOf(x), T.tuple)) {
      for (let k = 0, n = tupleLength(x); k < n; k++) {
        const item = tupleGet(x, k);
        const p = strOf(item);
        if (p === NULL) throwText(affixArgTypeError(name, typeNameOf(item), true));
        if (affixTest(s, len, a, b, p, atEnd)) return S.True;
      }
      return S.False;
    }
    return throwText(affixArgTypeError(name, typeNameOf(x), false));
  });
}
affixMethod('startswith');
affixMethod('endswith');

// ---- splitting ----------------------------------------------------------------------------------

const SPLIT_NAMES = ['sep', 'maxsplit'] as const;
const splitArgs: Value[] = [0, 0];

/**
 * Refs collected while splitting on a separator (no Python code runs meanwhile, so they need no
 * handles): the first `partCount` of `parts`. The array is never truncated: setting a JS array's
 * length to 0 makes V8 drop its backing store, and every split grew it again.
 */
const parts: Ref[] = [];
let partCount = 0;

function listOfParts(): Ref {
  const l = newList(partCount);
  for (let i = 0; i < partCount; i++) listSet(l, i, parts[i]!);
  partCount = 0;
  return l;
}

/** The words of a 1-byte-kind str split on whitespace (heap fast path). */
function splitLatin1Whitespace(s: Ref, maxsplit: number): Ref {
  const l = newList(strSplitWhitespaceLatin1(s, maxsplit, 0));
  if (listLength(l) > 0) strSplitWhitespaceLatin1(s, maxsplit, listBase(l));
  return l;
}

function splitLatin1Sep(s: Ref, sep: Ref, maxsplit: number): Ref {
  const n = strLength(s);
  const m = strLength(sep);
  let left = maxsplit < 0 ? n + 1 : maxsplit;
  partCount = 0;
  let from = 0;
  while (left > 0) {
    const i = strFindLatin1(s, sep, from, n);
    if (i < 0) break;
    parts[partCount++] = strSubstring(s, from, i);
    from = i + m;
    left--;
  }
  parts[partCount++] = from === 0 ? s : strSubstring(s, from, n);
  return listOfParts();
}

function splitMethod(name: 'split' | 'rsplit'): void {
  method(name, (self, argv, argc, kwnames) => {
    const [sepV, maxV] = parseKwArgs(name, argv, argc, kwnames, SPLIT_NAMES, splitArgs);
    const s = strOf(self);
    let sep: Ref = NULL;
    if (sepV !== NULL && sepV !== S.None) sep = expectStr(sepV!, '', 'str or None');
    const maxsplit = maxV === NULL ? -1 : ssizeOf(maxV!);
    if (name === 'split' && strKind(s) === 1) {
      if (sep === NULL) return splitLatin1Whitespace(s, maxsplit);
      if (strKind(sep) === 1 && strLength(sep) > 0) return splitLatin1Sep(s, sep, maxsplit);
    }
    const text = strValue(s);
    const sepText = sep === NULL ? null : strValue(sep);
    const parts = textCall(() => (name === 'split' ? strSplit(text, sepText, maxsplit) : strRSplit(text, sepText, maxsplit)));
    return strList(parts);
  });
}
splitMethod('split');
splitMethod('rsplit');

const SPLITLINES_NAMES = ['keepends'] as const;
const splitlinesArgs: Value[] = [0];
method('splitlines', (self, argv, argc, kwnames) => {
  const [keep] = parseKwArgs('splitlines', argv, argc, kwnames, SPLITLINES_NAMES, splitlinesArgs);
  const s = strOf(self);
  if (strKind(s) === 1) {
    const keepends = flagOf(keep!);
    const l = newList(strSplitLinesLatin1(s, keepends, 0));
    if (listLength(l) > 0) strSplitLinesLatin1(s, keepends, listBase(l));
    return l;
  }
  return strList(strSplitLines(strValue(s), flagOf(keep!)));
});

function partitionMethod(name: 'partition' | 'rpartition'): void {
  const qualname = `str.${name}`;
  method(name, (self, argv, argc, kwnames) => {
    checkOneArg(qualname, argc, kwnames);
    const s = strOf(self);
    const sep = mustBeStr(arg(argv, 0));
    const text = strValue(s);
    const [h, m, t] = textCall(() => (name === 'partition' ? strPartition : strRPartition)(text, strValue(sep)));
    const empty = S.emptyStr;
    const mark = handleCount();
    try {
      const head = h === text ? s : h === '' ? empty : newStr(h);
      pushHandle(head);
      const mid = m === '' ? empty : sep;
      const tail = t === text ? s : t === '' ? empty : newStr(t);
      return newTuple([head, mid, tail]);
    } finally {
      releaseHandles(mark);
    }
  });
}
partitionMethod('partition');
partitionMethod('rpartition');

// ---- join ---------------------------------------------------------------------------------------

/** sep.join(iterable). */
export function strJoin(sep: Ref, iterable: Value): Ref {
  // A list or tuple of strs: join straight from its items.
  let base = 0;
  let n = -1;
  if ((iterable & 1) === 0 && iterable !== 0) {
    const t = i32[iterable >> 2]!;
    if (t === T.tuple) {
      base = tupleBase(iterable);
      n = tupleLength(iterable);
    } else if (isList(iterable)) {
      // A snapshot under the list's lock (free-threading mode: another thread may resize it).
      const snapshot = freeThreading() ? listToTuple(iterable) : NULL;
      n = snapshot !== NULL ? tupleLength(snapshot) : listLength(iterable);
      base = n > 0 ? (snapshot !== NULL ? tupleBase(snapshot) : listBase(iterable)) : 0;
    }
  }
  if (n >= 0) {
    let exact = true;
    for (let k = 0; k < n; k++) {
      const v = i32[base + k]!;
      if ((v & 1) !== 0 || i32[v >> 2] !== T.str) {
        exact = false;
        break;
      }
    }
    if (exact) return strJoinWords(sep, base, n);
  }
  const it = getIterOrNull(iterable);
  if (it === NULL) typeError('can only join an iterable');
  const mark = handleCount();
  try {
    pushHandle(it);
    const items = newList(0);
    pushHandle(items);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) break;
      const s = strOf(x);
      if (s === NULL) throwText(joinItemTypeError(listLength(items), typeNameOf(x)));
      listAppend(items, s);
    }
    const n = listLength(items);
    return strJoinWords(sep, n > 0 ? listBase(items) : 0, n);
  } finally {
    releaseHandles(mark);
  }
}

/** iter(v), or NULL when v is not iterable (TypeError swallowed). */
function getIterOrNull(v: Value): Value {
  try {
    return getIter(v);
  } catch (e) {
    if (exceptionMatches(E.TypeError)) {
      fetchException();
      return NULL;
    }
    throw e;
  }
}

method('join', (self, argv, argc, kwnames) => {
  checkOneArg('str.join', argc, kwnames);
  return strJoin(strOf(self), arg(argv, 0));
});

// ---- strip, padding, replace ----------------------------------------------------------------

function stripMethod(name: 'strip' | 'lstrip' | 'rstrip', f: (s: string, chars?: string | null) => string): void {
  const left = name !== 'rstrip';
  const right = name !== 'lstrip';
  const qualname = `str.${name}`;
  method(name, (self, argv, argc, kwnames) => {
    checkArgcClinic(name, argc, kwnames, 0, 1, qualname);
    const s = strOf(self);
    const c = argc > 0 ? arg(argv, 0) : S.None;
    if (c === S.None && strKind(s) === 1) {
      strStripLatin1Bounds(s, left, right);
      const a = stripOut[0]!;
      const b = stripOut[1]!;
      if (a === 0 && b === strLength(s) && i32[self >> 2] === T.str) return self;
      return strSubstring(s, a, b);
    }
    let chars: string | null = null;
    if (c !== S.None) chars = strValue(strArg(c, `${name} arg must be None or str`));
    const text = strValue(s);
    return result(self, text, f(text, chars));
  });
}
stripMethod('strip', strStrip);
stripMethod('lstrip', strLStrip);
stripMethod('rstrip', strRStrip);

function fillChar(v: Value): string {
  const s = strOf(v);
  if (s === NULL) typeError(`The fill character must be a unicode character, not ${typeNameOf(v)}`);
  return strValue(s);
}

function padMethod(name: 'center' | 'ljust' | 'rjust', f: (s: string, w: number, fill?: string) => string): void {
  const qualname = `str.${name}`;
  method(name, (self, argv, argc, kwnames) => {
    checkArgcClinic(name, argc, kwnames, 1, 2, qualname);
    const s = strOf(self);
    const width = ssizeOf(arg(argv, 0));
    const fill = argc > 1 ? fillChar(arg(argv, 1)) : ' ';
    if (width <= strLength(s)) {
      textCall(() => f('', 0, fill));
      return i32[self >> 2] === T.str ? self : s;
    }
    const text = strValue(s);
    return newStr(textCall(() => f(text, width, fill)));
  });
}
padMethod('center', strCenter);
padMethod('ljust', strLJust);
padMethod('rjust', strRJust);

method('zfill', (self, argv, argc, kwnames) => {
  checkOneArg('str.zfill', argc, kwnames);
  const s = strOf(self);
  const width = ssizeOf(arg(argv, 0));
  if (width <= strLength(s)) return i32[self >> 2] === T.str ? self : s;
  return newStr(strZFill(strValue(s), width));
});

const EXPANDTABS_NAMES = ['tabsize'] as const;
const expandtabsArgs: Value[] = [0];
method('expandtabs', (self, argv, argc, kwnames) => {
  const [t] = parseKwArgs('expandtabs', argv, argc, kwnames, EXPANDTABS_NAMES, expandtabsArgs);
  const tabsize = t === NULL ? 8 : cIntOf(t!);
  const s = strOf(self);
  const text = strValue(s);
  if (!text.includes('\t')) return i32[self >> 2] === T.str ? self : s;
  return newStr(strExpandTabs(text, tabsize));
});

method('replace', (self, argv, argc, kwnames) => {
  checkArgcClinic('replace', argc, kwnames, 2, 3, 'str.replace');
  const s = strOf(self);
  const old = expectStr(arg(argv, 0), 'replace() argument 1 ');
  const repl = expectStr(arg(argv, 1), 'replace() argument 2 ');
  const count = argc > 2 ? ssizeOf(arg(argv, 2)) : -1;
  if (count === 0) return i32[self >> 2] === T.str ? self : s;
  // On 1-byte strs the heap path finds the matches itself (s when there is none).
  if (strKind(s) === 1 && strKind(old) === 1 && strKind(repl) === 1 && strLength(old) > 0) {
    return strReplaceLatin1(s, old, repl, count);
  }
  if (strLength(old) > 0 && !strIn(s, old)) return i32[self >> 2] === T.str ? self : s;
  const text = strValue(s);
  return result(self, text, strReplace(text, strValue(old), strValue(repl), count));
});

function affixRemove(name: 'removeprefix' | 'removesuffix', f: (s: string, a: string) => string): void {
  const qualname = `str.${name}`;
  const what = `${name}() argument `;
  method(name, (self, argv, argc, kwnames) => {
    checkOneArg(qualname, argc, kwnames);
    const s = strOf(self);
    const a = expectStr(arg(argv, 0), what);
    const text = strValue(s);
    return result(self, text, f(text, strValue(a)));
  });
}
affixRemove('removeprefix', strRemovePrefix);
affixRemove('removesuffix', strRemoveSuffix);

// ---- translate, maketrans -------------------------------------------------------------------

method('translate', (self, argv, argc, kwnames) => {
  checkOneArg('str.translate', argc, kwnames);
  const s = strOf(self);
  const table = arg(argv, 0);
  const text = strValue(s);
  const lookup = (cp: number): TranslateResult => {
    let v: Value;
    try {
      if ((table & 1) === 0 && i32[table >> 2] === T.dict) {
        v = dictGet(table, fromSmallInt(cp));
        if (v === NULL) return undefined;
      } else v = getItem(table, fromSmallInt(cp));
    } catch (e) {
      if (exceptionMatches(E.LookupError)) {
        fetchException();
        return undefined;
      }
      throw e;
    }
    if (v === S.None) return null;
    const r = strOf(v);
    if (r !== NULL) return strValue(r);
    if ((v & 1) !== 0 || isSubtype(typeOf(v), T.int)) {
      const n = indexOrNaN(v);
      return n;
    }
    typeError('character mapping must return integer, None or str');
  };
  return result(self, text, textCall(() => strTranslate(text, lookup)));
});

defineMethod(
  'str',
  'maketrans',
  (_self, argv, argc, kwnames) => {
    checkArgcClinic('maketrans', argc, kwnames, 1, 3, 'str.maketrans');
    const x = arg(argv, 0);
    const d = newDict();
    if (argc === 1) {
      if ((x & 1) !== 0 || !isSubtype(typeOf(x), T.dict)) typeError(MAKETRANS_ONE_ARG_ERROR);
      return dictFromTransDict(d, x);
    }
    const xs = strArg(x, `maketrans() argument 1 must be str, not ${typeNameOf(x)}`);
    const y = arg(argv, 1);
    const ys = strArg(y, MAKETRANS_SECOND_ARG_ERROR + typeNameOf(y));
    let z: string | undefined;
    if (argc > 2) {
      const zv = arg(argv, 2);
      z = strValue(strArg(zv, `maketrans() argument 3 must be str, not ${typeNameOf(zv)}`));
    }
    const m = textCall(() => strMakeTrans(strValue(xs), strValue(ys), z));
    for (const [k, v] of m) dictSet(d, fromSmallInt(k), v === null ? S.None : fromSmallInt(v));
    return d;
  },
  MDF_STATIC,
);

/** maketrans's one-argument form: keys of length-1 strs become code points. */
function dictFromTransDict(out: Ref, src: Ref): Ref {
  for (let e = dictNextEntry(src, 0); e >= 0; e = dictNextEntry(src, e + 1)) {
    const w = dictEntryIndex(src, e);
    const key = i32[w + 1]!;
    const value = i32[w + 2]!;
    const ks = strOf(key);
    if (ks !== NULL) {
      const cp = textCall(() => makeTransKey(strValue(ks)));
      dictSet(out, fromSmallInt(cp), value);
    } else if ((key & 1) !== 0 || isSubtype(typeOf(key), T.int)) {
      dictSet(out, key, value);
    } else {
      typeError(MAKETRANS_KEY_TYPE_ERROR);
    }
  }
  return out;
}

// ---- small ones -------------------------------------------------------------------------------

method('__getnewargs__', (self, _argv, argc, kwnames) => {
  checkNoArgs('str.__getnewargs__', argc, kwnames);
  const s = strOf(self);
  return newTuple([i32[s >> 2] === T.str ? s : newStr(strValue(s))]);
});

method('__sizeof__', (self, _argv, argc, kwnames) => {
  checkNoArgs('str.__sizeof__', argc, kwnames);
  const s = strOf(self);
  const n = strLength(s);
  const kind = strKind(s);
  // CPython's sizes: compact ASCII 40 + n + 1, compact 56 + (n + 1) * kind.
  return fromSmallInt(strIsAscii(s) ? 41 + n : 56 + (n + 1) * kind);
});
