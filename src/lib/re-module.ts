/**
 * The `_re` built-in module: the TypeScript core under stdlib/re (as
 * CPython's `_sre` is under Lib/re), working on heap values. The Python half
 * keeps Pattern and Match objects; here are the parts that touch the subject
 * string: compile (translate, check, return the code string and group
 * facts), exec (one match), findall, split, sub/subn and template parsing.
 *
 *   compile(pattern, flags) -> (code, flags, groups, ((name, index), ...))
 *   exec(code, string, pos, endpos, mode, must_advance, pattern, match_class[, at])
 *       -> None | a match_class instance (made here, as object.__new__ would)
 *          whose slots _re, _string, _spans are set, _spans being
 *          (start0, end0, ..., startN, endN, pos, endpos, lastindex) in code points;
 *          `at`: where to start (finditer's later steps), pos by default
 *   scan(code, string, pos, endpos, at, must_advance, pattern, match_class, limit)
 *       -> list of up to `limit` Matches from `at` on (finditer's batches)
 *   findall(code, string, pos, endpos) -> list
 *   split(code, string, maxsplit) -> list
 *   sub(code, template, func, string, count, subn, pattern, match_class)
 *       -> str | bytes | (result, n); template: a tuple from template(), or
 *       func: called with a Match (with match_class None: a constant replacement)
 *   template(code, repl, names) -> (literal, group, literal, ..., literal)
 *   install(Pattern, Match): makes Pattern.search/match/fullmatch native
 *       methods (reading the _code slot) that return Match instances
 *
 * Syntax errors raise `_re.error` (the re module puts its error class there)
 * as error(msg, pattern, pos).
 */
import { HEADER_WORDS, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { bytesLikeData, bytesOf, bytesHash, bytesLength, newBytes } from '../objects/bytes.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { listAppend, listLength, newList } from '../objects/list.js';
import { defineFunction, newMethodDescriptor, registerNative } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { ssizeOf, strOf } from '../objects/str-args.js';
import { newStr, strKind, strLength, strValue } from '../objects/str.js';
import { allocTuple, newTuple, tupleGet, tupleLength, tupleSet } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { allocInstance } from '../objects/type-layout.js';
import { GS_ID } from '../objects/descriptors-getset.js';
import { lookupTypeString, setAttr } from '../vm/attributes.js';
import { typeNameOf } from '../vm/abstract.js';
import { call1, call3 } from '../vm/call.js';
import { raise, raiseObject } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { argAt, noKeywords, parseClinic, unpackCount } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';
import {
  codePointMap,
  compiled,
  execAt,
  groupEnd,
  groupStart,
  isUnknown,
  lastIndex,
  MODE_FULL,
  MODE_MATCH,
  MODE_SEARCH,
  prepare,
  serialize,
  type CodePointMap,
  type Compiled,
} from './re-engine.js';
import { parseTemplate, ReIndexError, ReSyntaxError, ReValueError, translate } from './re-translate.js';

const getModule = defineBuiltinModule('_re', 'The regular expression engine under the re module (V8 irregexp).');

/** Raise re.error(msg, pattern, pos) (ValueError if the re module has not set `_re.error`). */
function raiseReError(e: ReSyntaxError, pattern: Value): never {
  const cls = dictGetStr(getField(getModule(), MOD_DICT), intern('error'));
  if (cls === NULL) throw raise(E.ValueError, e.msg);
  // An error without a position (the lookbehind width rule) names no pattern either, as CPython's.
  const exc = e.pos === null ? call1(cls, newStr(e.msg)) : call3(cls, newStr(e.msg), pattern, fromSmallInt(e.pos));
  throw raiseObject(exc);
}

function rethrow(e: unknown, pattern: Value): never {
  if (e instanceof ReSyntaxError) raiseReError(e, pattern);
  if (e instanceof ReValueError) throw raise(e.overflow ? E.OverflowError : E.ValueError, e.msg);
  if (e instanceof ReIndexError) throw raise(E.IndexError, e.message);
  throw e;
}

/** Code points of a str, or bytes values of a bytes pattern. */
function codePointsOf(v: Value): { cps: number[]; isBytes: boolean } {
  const s = strOf(v);
  if (s !== NULL) return { cps: Array.from(strValue(s), (ch) => ch.codePointAt(0)!), isBytes: false };
  const data = bytesLikeData(v);
  if (data === null) throw raise(E.TypeError, `first argument must be string or compiled pattern`);
  return { cps: Array.from(data), isBytes: true };
}

defineFunction('_re', 'compile', (_s, argv, argc, kwnames) => {
  noKeywords('compile', kwnames);
  unpackCount('compile', argc, 2, 2);
  const pattern = argAt(argv, 0);
  const flags = ssizeOf(argAt(argv, 1));
  const { cps, isBytes } = codePointsOf(pattern);
  let code: string;
  let t;
  try {
    t = translate(cps, isBytes, flags);
    code = serialize(t, isBytes);
    try {
      prepare(compiled(code));
    } catch (err) {
      if (err instanceof SyntaxError) throw new ReSyntaxError(`the JS regex engine refused the translation: ${err.message}`, null);
      throw err;
    }
  } catch (e) {
    rethrow(e, pattern);
  }
  const names: Value[] = [];
  for (const [name, g] of t.names) names.push(newTuple([newStr(name), fromSmallInt(g)]));
  return newTuple([newStr(code), fromSmallInt(t.flags), fromSmallInt(t.groups), newTuple(names)]);
});

// ---- subjects ---------------------------------------------------------------------------------

interface Subject {
  /** The whole string as JS text (bytes as Latin-1 characters). */
  text: string;
  /** Length in code points. */
  length: number;
  map: CodePointMap | null;
  isBytes: boolean;
}

let lastBytes: { ref: Ref; hash: number; length: number; text: string } | null = null;

function latin1(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 8192) {
    out += String.fromCharCode.apply(null, data.subarray(i, Math.min(i + 8192, data.length)) as unknown as number[]);
  }
  return out;
}

function subjectOf(c: Compiled, v: Value): Subject {
  const s = strOf(v);
  if (s !== NULL) {
    if (c.isBytes) throw raise(E.TypeError, 'cannot use a bytes pattern on a string-like object');
    const text = strValue(s);
    return { text, length: strLength(s), map: codePointMap(text, strKind(s) === 4), isBytes: false };
  }
  const exact = bytesOf(v);
  if (exact !== NULL && typeOf(v) === T.bytes) {
    if (!c.isBytes) throw raise(E.TypeError, 'cannot use a string pattern on a bytes-like object');
    const hash = bytesHash(exact);
    const n = bytesLength(exact);
    if (lastBytes === null || lastBytes.ref !== exact || lastBytes.hash !== hash || lastBytes.length !== n) {
      lastBytes = { ref: exact, hash, length: n, text: latin1(bytesLikeData(exact)!) };
    }
    return { text: lastBytes.text, length: n, map: null, isBytes: true };
  }
  const data = bytesLikeData(v);
  if (data === null) throw raise(E.TypeError, `expected string or bytes-like object, got '${typeNameOf(v)}'`);
  if (!c.isBytes) throw raise(E.TypeError, 'cannot use a string pattern on a bytes-like object');
  return { text: latin1(data), length: data.length, map: null, isBytes: true };
}

function toU(sub: Subject, cp: number): number {
  return sub.map === null ? cp : sub.map.c2u[cp]!;
}
function toCp(sub: Subject, u: number): number {
  return sub.map === null ? u : sub.map.u2c[u]!;
}

/** A piece of the subject (JS indices) as a str or bytes. */
function piece(sub: Subject, from: number, to: number): Ref {
  return textValue(sub.isBytes, sub.text.slice(from, to));
}
function textValue(isBytes: boolean, text: string): Ref {
  if (!isBytes) return newStr(text);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return newBytes(out);
}

/** Python's pos/endpos rules: both clamped to [0, len]. */
function bounds(sub: Subject, posV: Value, endV: Value): [number, number] {
  let pos = posV === NULL || posV === S.None ? 0 : ssizeOf(posV);
  let end = endV === NULL || endV === S.None ? sub.length : ssizeOf(endV);
  pos = Math.max(0, Math.min(pos, sub.length));
  end = Math.max(0, Math.min(end, sub.length));
  return [pos, end];
}

/** A Match's spans tuple for a result: group spans, then pos, endpos, lastindex. */
function spansTuple(c: Compiled, sub: Subject, m: RegExpExecArray, pos: number, end: number): Ref {
  const t = allocTuple(2 * (c.groups + 1) + 3);
  for (let g = 0; g <= c.groups; g++) {
    const a = groupStart(c, m, g);
    const b = groupEnd(c, m, g);
    tupleSet(t, 2 * g, fromSmallInt(a < 0 ? -1 : toCp(sub, a)));
    tupleSet(t, 2 * g + 1, fromSmallInt(b < 0 ? -1 : toCp(sub, b)));
  }
  // Unknown spans (see unknownGroup) are -2, and so is lastindex then.
  let unknown = false;
  for (let i = 0; i < c.forgetful.length; i++) {
    const g = Math.abs(c.forgetful[i]!);
    if (isUnknown(c, m, g)) {
      tupleSet(t, 2 * g, fromSmallInt(-2));
      tupleSet(t, 2 * g + 1, fromSmallInt(-2));
      unknown = true;
    }
  }
  const li = unknown ? -2 : lastIndex(c, m);
  const k = 2 * (c.groups + 1);
  tupleSet(t, k, fromSmallInt(pos));
  tupleSet(t, k + 1, fromSmallInt(end));
  tupleSet(t, k + 2, li === 0 ? S.None : fromSmallInt(li));
  return t;
}

/** Where the Match class keeps its three slots (body words), found once per class. */
let layoutOf: Ref = NULL;
let wordRe = 0;
let wordString = 0;
let wordSpans = 0;

function slotWord(cls: Ref, name: string): number {
  const d = lookupTypeString(cls, name);
  if (d === NULL || (d & 1) !== 0 || typeOf(d) !== T.member_descriptor) throw raise(E.TypeError, `match class has no slot ${name}`);
  return smallIntValue(getField(d, GS_ID));
}

/** A new Match (an instance of `cls`, a class with __slots__ _re, _string, _spans). */
function newMatch(cls: Value, pattern: Value, string: Value, spans: Ref): Ref {
  if (cls !== layoutOf) {
    if ((cls & 1) !== 0 || cls === NULL || !isSubtype(typeOf(cls), T.type)) throw raise(E.TypeError, 'bad match class');
    wordRe = slotWord(cls, '_re');
    wordString = slotWord(cls, '_string');
    wordSpans = slotWord(cls, '_spans');
    layoutOf = cls;
  }
  const m = allocInstance(cls);
  const base = (m >> 2) + HEADER_WORDS;
  i32[base + wordRe] = pattern;
  i32[base + wordString] = string;
  i32[base + wordSpans] = spans;
  return m;
}

function codeOf(v: Value): Compiled {
  const s = strOf(v);
  if (s === NULL) throw raise(E.TypeError, 'bad pattern code');
  return compiled(strValue(s));
}

defineFunction('_re', 'exec', (_s, argv, argc, kwnames) => {
  noKeywords('exec', kwnames);
  unpackCount('exec', argc, 8, 9);
  const c = codeOf(argAt(argv, 0));
  const sub = subjectOf(c, argAt(argv, 1));
  const [pos, end] = bounds(sub, argAt(argv, 2), argAt(argv, 3));
  const mode = smallIntValue(argAt(argv, 4));
  const mustAdvance = argAt(argv, 5) === S.True;
  const endU = toU(sub, end);
  const text = endU < sub.text.length ? sub.text.slice(0, endU) : sub.text;
  // An iterator's later steps search from `at` (a code point index), its matches keeping pos.
  const at = argc > 8 ? Math.max(pos, Math.min(ssizeOf(argAt(argv, 8)), sub.length)) : pos;
  const m = execAt(c, text, toU(sub, at), mode, mustAdvance, at);
  if (m === null) return S.None;
  return newMatch(argAt(argv, 7), argAt(argv, 6), argAt(argv, 1), spansTuple(c, sub, m, pos, end));
});

/**
 * Every match from `pos` as finditer sees them; `each` is given the result
 * and returns false to stop. Works on `text` cut at the end bound.
 */
function scan(c: Compiled, sub: Subject, text: string, pos: number, each: (m: RegExpExecArray) => boolean): void {
  let at = toU(sub, pos);
  let mustAdvance = false;
  while (at <= text.length) {
    const m = execAt(c, text, at, MODE_SEARCH, mustAdvance, toCp(sub, at));
    if (m === null) return;
    if (!each(m)) return;
    const end = m.index + m[0].length;
    mustAdvance = end === m.index;
    at = end;
  }
}

// ---- Pattern.search, match and fullmatch as native methods ----------------------------------

/** Where a Pattern class keeps its _code slot, found once per class. */
let codeLayoutOf: Ref = NULL;
let wordCode = 0;
const methodArgs: Value[] = [];

function patternCode(self: Value): Compiled {
  const cls = (self & 1) === 0 && self !== NULL ? typeOf(self) : NULL;
  if (cls === NULL) throw raise(E.TypeError, 'descriptor requires a re.Pattern object');
  if (cls !== codeLayoutOf) {
    wordCode = slotWord(cls, '_code');
    codeLayoutOf = cls;
  }
  const code = i32[(self >> 2) + HEADER_WORDS + wordCode]!;
  if (code === NULL) throw raise(E.TypeError, 'descriptor requires a re.Pattern object');
  return codeOf(code);
}

const patternMethods: [string, number][] = [];
for (const [name, mode] of [['search', MODE_SEARCH], ['match', MODE_MATCH], ['fullmatch', MODE_FULL]] as const) {
  const id = registerNative(`re.Pattern.${name}`, (self, argv, argc, kwnames) => {
    parseClinic(name, argv, argc, kwnames, ['string', 'pos', 'endpos'], 0, 1, [], methodArgs);
    const string = methodArgs[0]!;
    const posV = methodArgs[1]!;
    const endV = methodArgs[2]!;
    const c = patternCode(self);
    const sub = subjectOf(c, string);
    const [pos, end] = bounds(sub, posV, endV);
    const endU = toU(sub, end);
    const text = endU < sub.text.length ? sub.text.slice(0, endU) : sub.text;
    const m = execAt(c, text, toU(sub, pos), mode, false, pos);
    if (m === null) return S.None;
    const cls = dictGetStr(getField(getModule(), MOD_DICT), intern('_Match'));
    if (cls === NULL) throw raise(E.TypeError, 're.Match is not installed');
    return newMatch(cls, self, string, spansTuple(c, sub, m, pos, end));
  });
  patternMethods.push([name, id]);
}

/** install(Pattern, Match): give Pattern its native search, match and fullmatch. */
defineFunction('_re', 'install', (_s, argv, argc, kwnames) => {
  noKeywords('install', kwnames);
  unpackCount('install', argc, 2, 2);
  const pattern = argAt(argv, 0);
  if ((pattern & 1) !== 0 || pattern === NULL || !isSubtype(typeOf(pattern), T.type)) throw raise(E.TypeError, 'install() needs a class');
  const d = getField(getModule(), MOD_DICT);
  dictSet(d, intern('_Match'), argAt(argv, 1));
  for (const [name, id] of patternMethods) setAttr(pattern, intern(name), newMethodDescriptor(pattern, intern(name), id, 0));
  return S.None;
});

/**
 * scan(code, string, pos, endpos, at, must_advance, pattern, match_class, limit)
 * -> list of up to `limit` Matches from `at` on (finditer's batches).
 */
defineFunction('_re', 'scan', (_s, argv, argc, kwnames) => {
  noKeywords('scan', kwnames);
  unpackCount('scan', argc, 9, 9);
  const c = codeOf(argAt(argv, 0));
  const sub = subjectOf(c, argAt(argv, 1));
  const [pos, end] = bounds(sub, argAt(argv, 2), argAt(argv, 3));
  const at = Math.max(pos, Math.min(ssizeOf(argAt(argv, 4)), sub.length));
  let mustAdvance = argAt(argv, 5) === S.True;
  const limit = ssizeOf(argAt(argv, 8));
  const endU = toU(sub, end);
  const text = endU < sub.text.length ? sub.text.slice(0, endU) : sub.text;
  const out = newList(0);
  let u = toU(sub, at);
  while (listLength(out) < limit && u <= text.length) {
    const m = execAt(c, text, u, MODE_SEARCH, mustAdvance, toCp(sub, u));
    if (m === null) break;
    listAppend(out, newMatch(argAt(argv, 7), argAt(argv, 6), argAt(argv, 1), spansTuple(c, sub, m, pos, end)));
    const e = m.index + m[0].length;
    mustAdvance = e === m.index;
    u = e;
  }
  return out;
});

defineFunction('_re', 'findall', (_s, argv, argc, kwnames) => {
  noKeywords('findall', kwnames);
  unpackCount('findall', argc, 4, 4);
  const c = codeOf(argAt(argv, 0));
  const sub = subjectOf(c, argAt(argv, 1));
  const [pos, end] = bounds(sub, argAt(argv, 2), argAt(argv, 3));
  const endU = toU(sub, end);
  const text = endU < sub.text.length ? sub.text.slice(0, endU) : sub.text;
  const out = newList(0);
  scan(c, sub, text, pos, (m) => {
    if (c.groups === 0) listAppend(out, piece(sub, m.index, m.index + m[0].length));
    else if (c.groups === 1) listAppend(out, groupPiece(c, sub, m, 1, true));
    else {
      const t = allocTuple(c.groups);
      for (let g = 1; g <= c.groups; g++) tupleSet(t, g - 1, groupPiece(c, sub, m, g, true));
      listAppend(out, t);
    }
    return true;
  });
  return out;
});

/** NotImplementedError for a group whose value gilvm cannot know (see unknownGroup). */
export function unknownGroupError(g: number): never {
  throw raise(
    E.NotImplementedError,
    `gilvm cannot tell what group ${g} captured: it is in a repeat, whose repetitions JS's regex engine records differently (an earlier capture forgotten, or an empty last repetition refused)`,
  );
}

/** Group g's text; unmatched: '' (emptyIfUnset) or None. */
function groupPiece(c: Compiled, sub: Subject, m: RegExpExecArray, g: number, emptyIfUnset: boolean): Value {
  if (c.forgetful.length > 0 && isUnknown(c, m, g)) unknownGroupError(g);
  const a = groupStart(c, m, g);
  if (a < 0) return emptyIfUnset ? piece(sub, 0, 0) : S.None;
  return piece(sub, a, groupEnd(c, m, g));
}

defineFunction('_re', 'split', (_s, argv, argc, kwnames) => {
  noKeywords('split', kwnames);
  unpackCount('split', argc, 3, 3);
  const c = codeOf(argAt(argv, 0));
  const sub = subjectOf(c, argAt(argv, 1));
  const maxsplit = ssizeOf(argAt(argv, 2));
  const out = newList(0);
  if (maxsplit < 0) {
    listAppend(out, argAt(argv, 1));
    return out;
  }
  let last = 0;
  let n = 0;
  scan(c, sub, sub.text, 0, (m) => {
    if (maxsplit > 0 && n >= maxsplit) return false;
    listAppend(out, piece(sub, last, m.index));
    for (let g = 1; g <= c.groups; g++) listAppend(out, groupPiece(c, sub, m, g, false));
    last = m.index + m[0].length;
    n++;
    return true;
  });
  listAppend(out, piece(sub, last, sub.text.length));
  return out;
});

/** A template's parts as JS: literals at even places, group numbers at odd ones. */
function templateParts(t: Ref, isBytes: boolean): (string | number)[] {
  const n = tupleLength(t);
  const parts: (string | number)[] = [];
  for (let i = 0; i < n; i++) {
    const v = tupleGet(t, i);
    if (i % 2 === 1) parts.push(smallIntValue(v));
    else if (isBytes) parts.push(latin1(bytesLikeData(v)!));
    else parts.push(strValue(strOf(v)));
  }
  return parts;
}

defineFunction('_re', 'sub', (_s, argv, argc, kwnames) => {
  noKeywords('sub', kwnames);
  unpackCount('sub', argc, 8, 8);
  const c = codeOf(argAt(argv, 0));
  const templ = argAt(argv, 1);
  const func = argAt(argv, 2);
  const subject = argAt(argv, 3);
  const count = ssizeOf(argAt(argv, 4));
  const subn = argAt(argv, 5) === S.True;
  const sub = subjectOf(c, subject);
  const parts = templ === S.None ? null : templateParts(templ, c.isBytes);
  const pieces: string[] = [];
  let bad: string | null = null;
  let last = 0;
  let n = 0;
  const mark = handleCount();
  try {
    const hfunc = pushHandle(func);
    const hpattern = pushHandle(argAt(argv, 6));
    const hcls = pushHandle(argAt(argv, 7));
    const hsubject = pushHandle(subject);
    scan(c, sub, sub.text, 0, (m) => {
      if (count < 0 || (count > 0 && n >= count)) return false;
      if (m.index > last) pieces.push(sub.text.slice(last, m.index));
      if (parts !== null) {
        let s = '';
        for (let i = 0; i < parts.length; i++) {
          const p = parts[i]!;
          if (typeof p === 'string') s += p;
          else {
            if (c.forgetful.length > 0 && isUnknown(c, m, p)) unknownGroupError(p);
            const a = groupStart(c, m, p);
            if (a >= 0) s += sub.text.slice(a, groupEnd(c, m, p));
          }
        }
        if (s) pieces.push(s);
      } else {
        const cls = getHandle(hcls);
        const r =
          cls === S.None
            ? getHandle(hfunc)
            : call1(getHandle(hfunc), newMatch(cls, getHandle(hpattern), getHandle(hsubject), spansTuple(c, sub, m, 0, sub.length)));
        if (r !== S.None) {
          const text = replacementText(r, c.isBytes);
          if (text === null) {
            bad ??= `sequence item ${pieces.length}: expected ${c.isBytes ? 'a bytes-like object' : 'str instance'}, ${typeNameOf(r)} found`;
            pieces.push('');
          } else pieces.push(text);
        }
      }
      last = m.index + m[0].length;
      n++;
      return true;
    });
  } finally {
    releaseHandles(mark);
  }
  if (bad !== null) throw raise(E.TypeError, bad);
  if (last < sub.text.length) pieces.push(sub.text.slice(last));
  const result = n === 0 && typeOf(subject) === (c.isBytes ? T.bytes : T.str) ? subject : textValue(c.isBytes, pieces.join(''));
  return subn ? newTuple([result, fromSmallInt(n)]) : result;
});

function replacementText(r: Value, isBytes: boolean): string | null {
  if (!isBytes) {
    const s = strOf(r);
    return s === NULL ? null : strValue(s);
  }
  if (strOf(r) !== NULL) return null;
  const d = bytesLikeData(r);
  return d === null ? null : latin1(d);
}

defineFunction('_re', 'template', (_s, argv, argc, kwnames) => {
  noKeywords('template', kwnames);
  unpackCount('template', argc, 3, 3);
  const c = codeOf(argAt(argv, 0));
  const repl = argAt(argv, 1);
  const namesT = argAt(argv, 2);
  const names = new Map<string, number>();
  for (let i = 0; i < tupleLength(namesT); i++) {
    const pair = tupleGet(namesT, i);
    names.set(strValue(tupleGet(pair, 0)), smallIntValue(tupleGet(pair, 1)));
  }
  let cps: number[];
  if (c.isBytes) {
    const d = strOf(repl) === NULL ? bytesLikeData(repl) : null;
    if (d === null) throw raise(E.TypeError, `expected a bytes-like object, ${typeNameOf(repl)} found`);
    cps = Array.from(d);
  } else {
    const s = strOf(repl);
    if (s === NULL) throw raise(E.TypeError, `expected str instance, ${typeNameOf(repl)} found`);
    cps = Array.from(strValue(s), (ch) => ch.codePointAt(0)!);
  }
  let parts;
  try {
    parts = parseTemplate(cps, c.isBytes, c.groups, names);
  } catch (e) {
    rethrow(e, repl);
  }
  const mark = handleCount();
  try {
    const h = pushHandle(allocTuple(parts.length));
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      tupleSet(getHandle(h), i, typeof p === 'number' ? fromSmallInt(p) : textValue(c.isBytes, p));
    }
    return getHandle(h);
  } finally {
    releaseHandles(mark);
  }
});

