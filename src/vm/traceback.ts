/**
 * Traceback entries and the printing of uncaught exceptions in the layout of
 * CPython 3.12's default excepthook (traceback.TracebackException.format,
 * compact): the chain of causes and contexts, "Traceback (most recent call
 * last):", one `File "...", line N, in name` entry per frame with its
 * source line and the caret line under the failing expression (`~~~^^^`
 * anchors for binary operators and subscripts), "[Previous line repeated N
 * more times]" after 3 identical entries, `Type: message` with the "Did you
 * mean" suggestions of NameError/AttributeError/ImportError, the notes, the
 * special display of SyntaxError, and exception groups drawn in boxes.
 *
 *     traceback body (values): | next | code | lasti | lineno | names | globals | frame | caller |
 *
 * Entries are prepended as the exception leaves each frame, so the first
 * entry is the outermost frame (tb_next goes inward), as in CPython.
 * `names` is NULL except on the innermost entry of a NameError: a tuple
 * (list of the names visible in that frame: locals, globals, builtins;
 * the frame's `self` or NULL), what the suggestion needs once the frame is gone.
 * `globals` is the frame's globals; `frame` the tb_frame snapshot, made on
 * first use (src/objects/exceptions-frame.ts).
 */
import { readFileSync } from 'node:fs';
import { coPositions, lineForOffset } from '../bytecode/linetable.js';
import { Op } from '../bytecode/opcodes.js';
import { parse } from '../compiler/parser.js';
import type * as A from '../compiler/ast.js';
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { CO_OPTIMIZED } from '../bytecode/code.js';
import { newValueArray, valueArrayBase } from '../objects/arrays.js';
import { CO_FILENAME, CO_NAME, codeObjectOf } from '../objects/code.js';
import { dictGetStr, dictNextEntry, dictEntryIndex } from '../objects/dict.js';
import { EXC_CAUSE, EXC_CONTEXT, EXC_DICT, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK } from '../objects/exceptions.js';
import { CELL_CONTENTS } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { listAppend, listGet, listLength, newList } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS, ROOT_MODULES } from '../objects/roots.js';
import { strValue } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { TP_DICT, TP_QUALNAME, getField, setField } from '../objects/typeobject.js';
import { STDLIB_MODULE_NAMES } from '../objects/exceptions-stdlib-names.js';
import { repr, str } from './abstract.js';
import { getAttrOptional } from './attributes.js';
import { call1 } from './call.js';
import { PY_ERROR } from './errors.js';
import { F_BUILTINS, F_GLOBALS, F_LOCALS, F_LOCALSPLUS } from './frame.js';
import { currentFrame, getCurrentException, getHandle, handleCount, pushHandle, releaseHandles, setCurrentException } from './thread-state.js';

export const TB_NEXT = 0;
export const TB_CODE = 1;
export const TB_LASTI = 2;
export const TB_LINENO = 3;
export const TB_NAMES = 4;
export const TB_GLOBALS = 5;
export const TB_FRAME = 6;
/** The entry of the frame that called this entry's frame (the one prepended after it), for tb_frame.f_back. */
export const TB_CALLER = 7;
/**
 * A function frame's words up to its last local, copied as the exception passed through it (a
 * value array, as a generator's saved frame), for tb_frame.f_locals once the frame has returned
 * (`traceback`'s capture_locals, debuggers); NULL for module-level code, whose locals are its
 * globals. Cells are copied as cells: f_locals shows their contents when it is read.
 */
export const TB_LOCALS = 8;
/** The frame's word index (a small int): while that frame still runs, f_locals reads it live. */
export const TB_FRAME_WORDS = 9;

/** An entry's line number (a small int, or None), found from its code's line table on first use. */
export function tracebackLineno(tb: Ref): Value {
  let v = getField(tb, TB_LINENO);
  if (v === NULL) {
    const line = lineForOffset(codeObjectOf(getField(tb, TB_CODE)), smallIntValue(getField(tb, TB_LASTI)));
    v = line === null ? S.None : fromSmallInt(line);
    setField(tb, TB_LINENO, v);
  }
  return v;
}

/** The entry for the frame at word index `f`, running `code`, stopped at `lasti`. */
export function newTraceback(next: Ref, code: Ref, lasti: number, f: number): Ref {
  const tb = allocate(T.traceback, HEADER_BYTES + 40, false);
  setField(tb, TB_NEXT, next);
  setField(tb, TB_CALLER, NULL);
  if (next !== NULL && next !== S.None) setField(next, TB_CALLER, tb);
  const frame = currentFrame();
  if (frame !== 0) setField(tb, TB_GLOBALS, i32[(frame >> 2) + F_GLOBALS]!);
  setField(tb, TB_CODE, code);
  setField(tb, TB_LASTI, fromSmallInt(lasti));
  // TB_LINENO stays NULL until read (tracebackLineno): decoding the line table was a fifth of a
  // raise caught in the same function, which mostly never asks.
  const co = codeObjectOf(code);
  if ((co.co_flags & CO_OPTIMIZED) !== 0) {
    // No collection runs inside an allocation: tb and the frame's words stay where they are.
    const copy = newValueArray(F_LOCALSPLUS + co.co_localsplusnames.length);
    i32.copyWithin(valueArrayBase(copy), f, f + F_LOCALSPLUS + co.co_localsplusnames.length);
    setField(tb, TB_LOCALS, copy);
    setField(tb, TB_FRAME_WORDS, fromSmallInt(f));
  }
  if (next === NULL) {
    const exc = getCurrentException();
    if (exc !== NULL && isSubtype(typeOf(exc), E.NameError) && !isSubtype(typeOf(exc), E.UnboundLocalError)) {
      const mark = handleCount();
      try {
        const h = pushHandle(tb);
        noteNameErrorName(exc, code, lasti);
        const names = frameNames(code);
        setField(getHandle(h), TB_NAMES, names);
        return getHandle(h);
      } finally {
        releaseHandles(mark);
      }
    }
  }
  return tb;
}

/** The instruction at `offset` (its opcode and full argument, EXTENDED_ARG prefixes included). */
function instructionAt(code: Ref, offset: number): [number, number] {
  const bytes = codeObjectOf(code).co_code;
  const op = bytes[offset]!;
  let arg = bytes[offset + 1]!;
  let shift = 8;
  for (let o = offset - 2; o >= 0 && bytes[o] === Op.EXTENDED_ARG; o -= 2, shift += 8) arg |= bytes[o + 1]! << shift;
  return [op, arg];
}

/**
 * A NameError raised by a name lookup instruction gets its `name`, as
 * CPython's interpreter sets it (the lookups here raise it by message only).
 */
function noteNameErrorName(exc: Ref, code: Ref, offset: number): void {
  const d = getField(exc, EXC_DICT);
  if (d !== NULL && dictGetStr(d, intern('name')) !== NULL) return;
  const [op, arg] = instructionAt(code, offset);
  let index = -1;
  if (op === Op.LOAD_GLOBAL) index = arg >> 1;
  else if (op === Op.LOAD_NAME || op === Op.DELETE_NAME || op === Op.DELETE_GLOBAL || op === Op.LOAD_FROM_DICT_OR_GLOBALS) {
    index = arg;
  }
  if (index < 0) return;
  const name = codeObjectOf(code).co_names[index];
  if (name === undefined) return;
  storeExcAttr(exc, 'name', intern(name));
}
import { storeAttr as storeExcAttr } from '../objects/exceptions-types.js';

/** (names visible in the current frame, its `self` or NULL) for the NameError suggestion. */
function frameNames(code: Ref): Ref {
  const f = currentFrame() >> 2;
  const names = newList(0);
  const mark = handleCount();
  try {
    const h = pushHandle(names);
    let self: Value = NULL;
    const locals = i32[f + F_LOCALS]!;
    const addKeys = (d: Ref): void => {
      if (d === NULL || (d & 1) !== 0 || !isSubtype(typeOf(d), T.dict)) return;
      for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) listAppend(getHandle(h), i32[dictEntryIndex(d, i) + 1]!);
    };
    if (locals !== NULL) {
      addKeys(locals);
      const s = (locals & 1) === 0 && isSubtype(typeOf(locals), T.dict) ? dictGetStr(locals, intern('self')) : NULL;
      if (s !== NULL) self = s;
    } else {
      const co = codeObjectOf(code);
      for (let i = 0; i < co.co_localsplusnames.length; i++) {
        let v = i32[f + F_LOCALSPLUS + i]!;
        if (v !== NULL && (co.co_localspluskinds[i]! & 0xc0) !== 0 && (v & 1) === 0 && typeOf(v) === T.cell) {
          v = getField(v, CELL_CONTENTS);
        }
        if (v === NULL) continue;
        const name = co.co_localsplusnames[i]!;
        listAppend(getHandle(h), intern(name));
        if (name === 'self') self = v;
      }
    }
    addKeys(i32[f + F_GLOBALS]!);
    addKeys(i32[f + F_BUILTINS]!);
    return newTuple([getHandle(h), self === NULL ? S.None : self]);
  } finally {
    releaseHandles(mark);
  }
}

// ---- source lines ------------------------------------------------------------------------------------

const sourceCache = new Map<string, string[] | null>();
/** Line `lineno` of the file as linecache gives it (with its newline), or null. */
function rawSourceLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(filename, 'utf8').split(/(?<=\r\n|\n|\r)/);
    } catch {
      lines = null;
    }
    sourceCache.set(filename, lines);
  }
  const line = lines?.[lineno - 1];
  if (line === undefined) return null;
  const l = line.replace(/\r\n$|\r$/, '\n');
  return l.endsWith('\n') ? l : `${l}\n`;
}

const PY_WS = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;
function pyStrip(s: string): string {
  return s.replace(PY_WS, '');
}

/** traceback._byte_offset_to_character_offset (a cut character decodes to one replacement character). */
function byteToCharOffset(s: string, offset: number): number {
  return Buffer.from(s, 'utf8').subarray(0, Math.max(0, offset)).toString('utf8').length;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
} // prettier-ignore

/** traceback._display_width: columns of line[:offset], wide characters counting 2. */
function displayWidth(line: string, offset: number): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(line)) return offset;
  let w = 0;
  for (const ch of line.slice(0, offset)) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

interface Anchors {
  left: number;
  right: number;
}
/** Where `~` turns to `^` and back (CPython 3.12's traceback.c, extract_anchors_from_line). */
function caretAnchors(segment: string): Anchors | null {
  let tree: A.Mod;
  try {
    tree = parse(segment, '<segment>', 'exec');
  } catch {
    return null;
  }
  if (tree._type !== 'Module' || tree.body.length !== 1) return null;
  const st = tree.body[0]!;
  if (st._type !== 'Expr') return null;
  const expr = st.value;
  const normalize = (o: number): number => byteToCharOffset(segment, o);
  // The parser's columns count UTF-16 units; traceback.py works on ast's UTF-8 byte columns.
  const bytesAt = (col: number): number => Buffer.byteLength(segment.slice(0, col), 'utf8');
  if (expr._type === 'BinOp') {
    // As CPython 3.12's traceback.c (extract_anchors_from_expr), on the UTF-8 bytes of the segment.
    const bytes = Buffer.from(segment, 'utf8');
    const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0a || c === 0x0d;
    const leftEnd = bytesAt(expr.left.end_col_offset);
    const rightStart = bytesAt(expr.right.col_offset);
    let left = -1;
    let right = -1;
    for (let i = leftEnd; i < rightStart; i++) {
      if (isSpace(bytes[i])) continue;
      left = i;
      right = i + 1;
      if (i + 1 < rightStart && !isSpace(bytes[i + 1])) right++;
      if (i + 1 < rightStart && bytes[i] === 0x29) continue; // ')': keep looking for the operator
      break;
    }
    if (left < 0) return null;
    return { left: normalize(left), right: normalize(right) };
  }
  if (expr._type === 'Subscript') {
    let left = normalize(bytesAt(expr.value.end_col_offset));
    let right = normalize(bytesAt(expr.slice.end_col_offset) + 1);
    while (left < segment.length && (/\s/.test(segment[left]!) || segment[left] !== '[')) left += 1;
    while (right < segment.length && (/\s/.test(segment[right]!) || segment[right] !== ']')) right += 1;
    if (right < segment.length) right += 1;
    return { left, right };
  }
  return null;
}

// ---- the stack ------------------------------------------------------------------------------------------

interface FrameSummary {
  filename: string;
  lineno: number;
  name: string;
  code: Ref;
  lasti: number;
}

/**
 * Whether tracebacks show source lines. CPython's C traceback printer imports `io` to read a
 * source line; once its finalization has cleared the modules it cannot, so a traceback printed
 * then (a generator closed at exit that raises) has `File` rows only.
 */
let sourceLinesShown = true;
/** The program's modules are gone (see sourceLinesShown): tracebacks printed from now on have no source rows. */
export function hideTracebackSourceLines(): void {
  sourceLinesShown = false;
}

function formatFrame(fs: FrameSummary): string {
  const row = `  File "${fs.filename}", line ${fs.lineno < 0 ? 'None' : fs.lineno}, in ${fs.name}\n`;
  const line = fs.lineno > 0 && sourceLinesShown ? rawSourceLine(fs.filename, fs.lineno) : null;
  if (line === null) return row;
  const pos = coPositions(codeObjectOf(fs.code))[fs.lasti >> 1];
  return row + sourceRows(line, pos ?? null);
}

/**
 * The rows under a traceback entry's `File` row: the source line stripped,
 * then the caret line where the position covers part of it (or anchors
 * apply). `line` is the raw source line; `pos` (lineno, end_lineno, col,
 * end_col in UTF-8 bytes) may be null. Also the traceback module's
 * (stdlib/traceback.py through _gilvm_traceback).
 */
export function sourceRows(line: string, pos: readonly [number | null, number | null, number | null, number | null] | null): string {
  const stripped = pyStrip(line);
  if (stripped === '') return '';
  let row = `    ${stripped}\n`;
  if (pos === null) return row;
  const [lineno, endLineno, col, endCol] = pos;
  if (col === null || endCol === null) return row;
  const strippedCharacters = line.length - stripped.length;
  const start = byteToCharOffset(line, col);
  let end = byteToCharOffset(line, endCol);
  const segment = line.slice(start, end);
  let anchors: Anchors | null = null;
  if (lineno === endLineno) anchors = caretAnchors(segment);
  else end = line.replace(/\s+$/, '').length;
  if (end - start < stripped.length || anchors !== null) {
    const dpStart = displayWidth(line, start) + 1;
    const dpEnd = displayWidth(line, end) + 1;
    row += '    ' + ' '.repeat(Math.max(0, dpStart - strippedCharacters));
    if (anchors !== null) {
      const dpLeft = displayWidth(segment, anchors.left);
      const dpRight = displayWidth(segment, anchors.right);
      row += '~'.repeat(Math.max(0, dpLeft)) + '^'.repeat(Math.max(0, dpRight - dpLeft)) + '~'.repeat(Math.max(0, dpEnd - dpStart - dpRight));
    } else {
      row += '^'.repeat(Math.max(0, dpEnd - dpStart));
    }
    row += '\n';
  }
  return row;
}

const RECURSIVE_CUTOFF = 3;

/** The traceback entries of `tb`, outermost first, repeated entries collapsed. */
export function formatTraceback(tb: Ref): string {
  const frames: FrameSummary[] = [];
  for (let t = tb; t !== NULL && t !== S.None; t = getField(t, TB_NEXT)) {
    const code = getField(t, TB_CODE);
    const linenoValue = tracebackLineno(t);
    frames.push({
      filename: strValue(getField(code, CO_FILENAME)),
      lineno: linenoValue === S.None ? -1 : smallIntValue(linenoValue),
      name: strValue(getField(code, CO_NAME)),
      code,
      lasti: smallIntValue(getField(t, TB_LASTI)),
    });
  }
  let out = '';
  let last: FrameSummary | null = null;
  let count = 0;
  const repeated = (): string => {
    const n = count - RECURSIVE_CUTOFF;
    return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
  };
  for (const fs of frames) {
    if (last === null || last.filename !== fs.filename || last.lineno !== fs.lineno || last.name !== fs.name) {
      if (count > RECURSIVE_CUTOFF) out += repeated();
      last = fs;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatFrame(fs);
  }
  if (count > RECURSIVE_CUTOFF) out += repeated();
  return out;
}

// ---- the exception line ---------------------------------------------------------------------------------

/** str(v), or `<what str() failed>` as traceback._safe_string. */
function safeString(v: Value, what: string, useRepr = false): string {
  try {
    return strValue(useRepr ? repr(v) : str(v));
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    setCurrentException(NULL);
    return `<${what} ${useRepr ? 'repr' : 'str'}() failed>`;
  }
}

/** getattr(v, name, None) with errors swallowed. */
function attrOrNone(v: Value, name: string): Value {
  try {
    const r = getAttrOptional(v, intern(name));
    return r === NULL ? S.None : r;
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    setCurrentException(NULL);
    return S.None;
  }
}

function qualifiedTypeName(exc: Ref): string {
  const type = typeOf(exc);
  let name = strValue(getField(type, TP_QUALNAME));
  const mod = dictGetStr(getField(type, TP_DICT), intern('__module__'));
  if (mod === NULL || typeOf(mod) !== T.str) {
    if (mod !== NULL) name = `<unknown>.${name}`;
    return name;
  }
  const m = strValue(mod);
  return m === 'builtins' || m === '__main__' ? name : `${m}.${name}`;
}

const isStrValue = (v: Value): boolean => (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.str);

/** The strings of a list or tuple of str (others are skipped); null when `v` is neither. */
function strItems(v: Value): string[] | null {
  if ((v & 1) !== 0 || v === NULL) return null;
  const out: string[] = [];
  if (isSubtype(typeOf(v), T.list)) {
    for (let i = 0; i < listLength(v); i++) if (isStrValue(listGet(v, i))) out.push(strValue(listGet(v, i)));
    return out;
  }
  if (isSubtype(typeOf(v), T.tuple)) {
    for (let i = 0; i < tupleLength(v); i++) if (isStrValue(tupleGet(v, i))) out.push(strValue(tupleGet(v, i)));
    return out;
  }
  return null;
}

/** dir(obj) as names, or null when dir() fails. */
function dirNames(obj: Value): string[] | null {
  const dir = dictGetStr(rootGet(ROOT_BUILTINS), intern('dir'));
  if (dir === NULL) return null;
  try {
    return strItems(call1(dir, obj));
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    setCurrentException(NULL);
    return null;
  }
}

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** traceback._levenshtein_distance (on code points). */
export function levenshteinDistance(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let a = [...a0];
  let b = [...b0];
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bch = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(bch, a[i]!);
      distance = row[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest candidate to `wrong` by traceback._compute_suggestion_error's rule, or null. */
export function closestName(wrong: string, candidates: readonly string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  const wrongLen = [...wrong].length;
  if (wrongLen > MAX_STRING_SIZE) return null;
  let best = wrongLen;
  let suggestion: string | null = null;
  for (const name of candidates) {
    if (name === wrong) continue;
    let maxDistance = Math.floor((([...name].length + wrongLen + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshteinDistance(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

function innermost(tb: Value): Ref {
  let t = tb;
  if (t === NULL || t === S.None) return NULL;
  while (getField(t, TB_NEXT) !== NULL && getField(t, TB_NEXT) !== S.None) t = getField(t, TB_NEXT);
  return t;
}

/** traceback._compute_suggestion_error */
function suggestionFor(exc: Ref, wrong: string): string | null {
  const type = typeOf(exc);
  let names: string[] | null;
  if (isSubtype(type, E.AttributeError)) {
    names = dirNames(attrOrNone(exc, 'obj'));
  } else if (isSubtype(type, E.ImportError)) {
    const modName = attrOrNone(exc, 'name');
    const mod = isStrValue(modName) ? dictGetStr(rootGet(ROOT_MODULES), modName) : NULL;
    names = mod === NULL ? null : dirNames(mod);
  } else {
    const tb = innermost(getField(exc, EXC_TRACEBACK));
    if (tb === NULL) return null;
    const info = getField(tb, TB_NAMES);
    if (info === NULL) return null;
    const self = tupleGet(info, 1);
    if (self !== S.None && attrOrNone(self, wrong) !== S.None) return `self.${wrong}`;
    names = strItems(tupleGet(info, 0));
  }
  if (names === null) return null;
  return closestName(wrong, names);
}

/** str(exc) with the suggestions CPython 3.12's traceback adds. */
function messageOf(exc: Ref): string {
  let s = safeString(exc, 'exception');
  const type = typeOf(exc);
  if (isSubtype(type, E.ImportError)) {
    const wrong = attrOrNone(exc, 'name_from');
    if (isStrValue(wrong)) {
      const sug = suggestionFor(exc, strValue(wrong));
      if (sug !== null) s += `. Did you mean: '${sug}'?`;
    }
  } else if (isSubtype(type, E.NameError) || isSubtype(type, E.AttributeError)) {
    const wrong = attrOrNone(exc, 'name');
    if (wrong !== S.None) {
      const sug = isStrValue(wrong) ? suggestionFor(exc, strValue(wrong)) : null;
      if (sug !== null) s += `. Did you mean: '${sug}'?`;
      if (isSubtype(type, E.NameError) && isStrValue(wrong) && STDLIB_MODULE_NAMES.has(strValue(wrong))) {
        s += sug !== null ? ` Or did you forget to import '${strValue(wrong)}'?` : `. Did you forget to import '${strValue(wrong)}'?`;
      }
    }
  }
  return s;
}

function formatSyntaxError(exc: Ref, stype: string): string {
  let out = '';
  const filename = attrOrNone(exc, 'filename');
  const lineno = attrOrNone(exc, 'lineno');
  let suffix = '';
  if (lineno !== S.None) {
    const f = filename === S.None ? '<string>' : safeString(filename, 'filename');
    out += `  File "${f === '' ? '<string>' : f}", line ${safeString(lineno, 'lineno')}\n`;
  } else if (filename !== S.None) {
    suffix = ` (${safeString(filename, 'filename')})`;
  }
  const text = attrOrNone(exc, 'text');
  if (isStrValue(text)) {
    const rtext = strValue(text).replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    const offsetV = attrOrNone(exc, 'offset');
    if ((offsetV & 1) !== 0) {
      const offset = smallIntValue(offsetV);
      const endV = attrOrNone(exc, 'end_offset');
      let end = (endV & 1) !== 0 && smallIntValue(endV) !== 0 ? smallIntValue(endV) : offset;
      if (offset === end || end === -1) end = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = end - 1 - spaces;
      if (colno >= 0) {
        const caretSpace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out += `    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  const msgV = attrOrNone(exc, 'msg');
  const msg = msgV === S.None ? '' : safeString(msgV, 'msg');
  out += `${stype}: ${msg === '' ? '<no detail available>' : msg}${suffix}\n`;
  return out;
}

/** `Type: message` (module-qualified unless builtins or __main__), then the notes. */
export function formatExceptionOnly(exc: Ref): string {
  return exceptionOnly(exc, messageOf(exc));
}

function exceptionOnly(exc: Ref, message: string): string {
  const stype = qualifiedTypeName(exc);
  let out: string;
  if (isSubtype(typeOf(exc), E.SyntaxError)) out = formatSyntaxError(exc, stype);
  else out = message === '' ? `${stype}\n` : `${stype}: ${message}\n`;
  const notes = attrOrNone(exc, '__notes__');
  if (notes !== S.None) {
    const isSeq = (notes & 1) === 0 && (isSubtype(typeOf(notes), T.list) || isSubtype(typeOf(notes), T.tuple));
    if (isSeq) {
      const n = isSubtype(typeOf(notes), T.list) ? listLength(notes) : tupleLength(notes);
      for (let i = 0; i < n; i++) {
        const note = isSubtype(typeOf(notes), T.list) ? listGet(notes, i) : tupleGet(notes, i);
        for (const l of safeString(note, 'note').split('\n')) out += `${l}\n`;
      }
    } else {
      out += `${safeString(notes, '__notes__', true)}\n`;
    }
  }
  return out;
}

// ---- the whole report ----------------------------------------------------------------------------------

/** TracebackException's tree: what each exception prints, built in CPython's order (seen-set included). */
interface TE {
  exc: Ref;
  message: string;
  cause: TE | null;
  context: TE | null;
  exceptions: TE[] | null;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function buildTE(exc: Ref): TE {
  const seen = new Set<number>();
  const make = (e: Ref): TE => {
    seen.add(e);
    return { exc: e, message: messageOf(e), cause: null, context: null, exceptions: null };
  };
  const top = make(exc);
  const queue: TE[] = [top];
  while (queue.length > 0) {
    const te = queue.pop()!;
    const e = te.exc;
    const causeV = getField(e, EXC_CAUSE);
    const cause = causeV !== NULL && causeV !== S.None && !seen.has(causeV) ? make(causeV) : null;
    const contextV = getField(e, EXC_CONTEXT);
    const needContext = cause === null && getField(e, EXC_SUPPRESS_CONTEXT) !== S.True;
    const context = contextV !== NULL && contextV !== S.None && needContext && !seen.has(contextV) ? make(contextV) : null;
    let exceptions: TE[] | null = null;
    if (isSubtype(typeOf(e), E.BaseExceptionGroup)) {
      const excs = groupExceptionsOf(e);
      exceptions = [];
      for (let i = 0; i < tupleLength(excs); i++) exceptions.push(make(tupleGet(excs, i)));
    }
    te.cause = cause;
    te.context = context;
    te.exceptions = exceptions;
    if (cause) queue.push(cause);
    if (context) queue.push(context);
    if (exceptions) queue.push(...exceptions);
  }
  return top;
}
import { groupExceptions as groupExceptionsOf } from '../objects/exceptions-group.js';

interface PrintCtx {
  depth: number;
  needClose: boolean;
}

function indent(ctx: PrintCtx): string {
  return ' '.repeat(2 * ctx.depth);
}

/** _ExceptionPrintContext.emit: every line prefixed with the indent and the margin. */
function emit(ctx: PrintCtx, text: string, margin = '|'): string {
  let prefix = indent(ctx);
  if (ctx.depth > 0) prefix += `${margin} `;
  if (prefix === '') return text;
  const lines = text.split(/(?<=\n)/);
  return lines.map((l) => (l === '' ? '' : prefix + l)).join('');
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';

function formatTE(top: TE, ctx: PrintCtx): string {
  const chain: [string | null, TE][] = [];
  for (let te: TE | null = top; te !== null; ) {
    if (te.cause !== null) {
      chain.push([CAUSE_MESSAGE, te]);
      te = te.cause;
    } else if (te.context !== null) {
      chain.push([CONTEXT_MESSAGE, te]);
      te = te.context;
    } else {
      chain.push([null, te]);
      te = null;
    }
  }
  let out = '';
  for (let k = chain.length - 1; k >= 0; k--) {
    // Innermost first; each one after the message that links it to the one printed before.
    const [msg, te] = chain[k]!;
    if (msg !== null) out += emit(ctx, msg);
    const tb = getField(te.exc, EXC_TRACEBACK);
    const hasStack = tb !== NULL && tb !== S.None;
    if (te.exceptions === null) {
      if (hasStack) out += emit(ctx, 'Traceback (most recent call last):\n') + emit(ctx, formatTraceback(tb));
      out += emit(ctx, exceptionOnly(te.exc, te.message));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      out += emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const topLevel = ctx.depth === 0;
      if (topLevel) ctx.depth += 1;
      if (hasStack) {
        out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
        out += emit(ctx, formatTraceback(tb));
      }
      out += emit(ctx, exceptionOnly(te.exc, te.message));
      const num = te.exceptions.length;
      const n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let i = 0; i < n; i++) {
        const lastExc = i === n - 1;
        if (lastExc) ctx.needClose = true;
        const truncated = i >= MAX_GROUP_WIDTH;
        const title = truncated ? '...' : `${i + 1}`;
        out += `${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`;
        ctx.depth += 1;
        if (!truncated) {
          out += formatTE(te.exceptions[i]!, ctx);
        } else {
          const remaining = num - MAX_GROUP_WIDTH;
          out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
        }
        if (lastExc && ctx.needClose) {
          out += `${indent(ctx)}+------------------------------------\n`;
          ctx.needClose = false;
        }
        ctx.depth -= 1;
      }
      if (topLevel) ctx.depth = 0;
    }
  }
  return out;
}

/** The whole report for an uncaught exception, causes and contexts first. */
export function formatException(exc: Ref): string {
  const mark = handleCount();
  try {
    pushHandle(exc);
    return formatTE(buildTE(exc), { depth: 0, needClose: false });
  } finally {
    releaseHandles(mark);
  }
}

export type { Value };
