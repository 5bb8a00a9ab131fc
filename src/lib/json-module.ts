/**
 * The `_json` built-in module: the fast halves of the json package
 * (stdlib/json/), which holds the API. Its functions are gilvm's own, not
 * CPython's `_json` API:
 *
 *   decode(doc, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
 *          parse_constant, error_class) -> (value, end)
 *       one value of the str `doc` at idx; hooks None for the defaults; errors raised as
 *       error_class(msg, doc, pos)
 *   scanstring(doc, end, strict, error_class) -> (str, end)
 *       the string literal whose opening quote is at end - 1
 *   encode(obj, default, sort_keys, indent, key_separator, item_separator, skipkeys,
 *          ensure_ascii, allow_nan, check_circular) -> str
 *       the JSON text of obj; default None (TypeError for unknown objects) or a callable,
 *       indent None or the str repeated per level
 *   quote(s, ensure_ascii) -> str
 *       the JSON string literal for s
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictGetStr } from '../objects/dict.js';
import { intFromNumber } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { asSsize } from '../objects/list-args.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS } from '../objects/roots.js';
import { allocStr, newStr, strDataByte, strValue } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { unboxed } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { isTrue, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { kwCount } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';
import { decodeAt, scanStringAt } from './json-decode.js';
import { encodeValue, quote } from './json-encode.js';

function isStr(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.str);
}

function positional(name: string, argv: number, argc: number, kwnames: Ref, n: number): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (argc !== n) throw raise(E.TypeError, `${name} expected ${n} arguments, got ${argc}`);
}

function strArg(name: string, v: Value): Ref {
  if (!isStr(v)) throw raise(E.TypeError, `${name}: first argument must be a string, not ${typeNameOf(v)}`);
  return unboxed(v);
}

function optHandle(v: Value): number {
  return v === S.None ? -1 : pushHandle(v);
}

defineFunction('_json', 'decode', (_s, argv, argc, kwnames) => {
  positional('decode', argv, argc, kwnames, 9);
  const doc = strArg('decode', i32[argv]!);
  const idx = asSsize(i32[argv + 1]!, E.OverflowError, 'Python int too large to convert to C ssize_t');
  const mark = handleCount();
  try {
    const hDoc = pushHandle(doc);
    const opts = {
      strict: isTrue(i32[argv + 2]!),
      objectHook: optHandle(i32[argv + 3]!),
      pairsHook: optHandle(i32[argv + 4]!),
      parseFloat: optHandle(i32[argv + 5]!),
      parseInt: optHandle(i32[argv + 6]!),
      parseConstant: optHandle(i32[argv + 7]!),
      errorClass: pushHandle(i32[argv + 8]!),
    };
    const text = strValue(getHandle(hDoc));
    const [v, end] = decodeAt(getHandle(hDoc), text, idx, opts);
    const hv = pushHandle(v);
    return newTuple([getHandle(hv), intFromNumber(end)]);
  } finally {
    releaseHandles(mark);
  }
});

defineFunction('_json', 'scanstring', (_s, argv, argc, kwnames) => {
  positional('scanstring', argv, argc, kwnames, 4);
  const doc = strArg('scanstring', i32[argv]!);
  const end = asSsize(i32[argv + 1]!, E.OverflowError, 'Python int too large to convert to C ssize_t');
  const mark = handleCount();
  try {
    const hDoc = pushHandle(doc);
    const strict = isTrue(i32[argv + 2]!);
    const errorClass = pushHandle(i32[argv + 3]!);
    const text = strValue(getHandle(hDoc));
    if (end < 0 || end > text.length) throw raise(E.ValueError, 'end is out of bounds');
    const [v, after] = scanStringAt(getHandle(hDoc), text, end, strict, errorClass);
    const hv = pushHandle(v);
    return newTuple([getHandle(hv), intFromNumber(after)]);
  } finally {
    releaseHandles(mark);
  }
});

defineFunction('_json', 'encode', (_s, argv, argc, kwnames) => {
  positional('encode', argv, argc, kwnames, 10);
  const mark = handleCount();
  try {
    const obj = pushHandle(i32[argv]!);
    const defaultFn = optHandle(i32[argv + 1]!);
    const sortedFn = isTrue(i32[argv + 2]!) ? pushHandle(dictGetStr(rootGet(ROOT_BUILTINS), intern('sorted'))) : -1;
    const indentV = i32[argv + 3]!;
    const keySep = i32[argv + 4]!;
    const itemSep = i32[argv + 5]!;
    if (indentV !== S.None && !isStr(indentV)) throw raise(E.TypeError, 'indent must be None or a str');
    if (!isStr(keySep) || !isStr(itemSep)) throw raise(E.TypeError, 'separators must be str');
    const text = encodeValue(getHandle(obj), {
      defaultFn,
      sortedFn,
      indent: indentV === S.None ? null : strValue(unboxed(indentV)),
      keySep: strValue(unboxed(keySep)),
      itemSep: strValue(unboxed(itemSep)),
      skipKeys: isTrue(i32[argv + 6]!),
      ensureAscii: isTrue(i32[argv + 7]!),
      allowNan: isTrue(i32[argv + 8]!),
      checkCircular: isTrue(i32[argv + 9]!),
    });
    return isTrue(i32[argv + 7]!) ? asciiStr(text) : newStr(text);
  } finally {
    releaseHandles(mark);
  }
});

/** A str for text known to be ASCII (ensure_ascii output): no scan for the widest character. */
function asciiStr(text: string): Ref {
  const n = text.length;
  const s = allocStr(n, 1, true);
  const d = strDataByte(s);
  for (let i = 0; i < n; i++) u8[d + i] = text.charCodeAt(i);
  return s;
}

defineFunction('_json', 'quote', (_s, argv, argc, kwnames) => {
  positional('quote', argv, argc, kwnames, 2);
  const s = i32[argv]!;
  if (!isStr(s)) throw raise(E.TypeError, `first argument must be a string, not ${typeNameOf(s)}`);
  return newStr(quote(strValue(unboxed(s)), isTrue(i32[argv + 1]!)));
});

defineBuiltinModule('_json', 'The JSON scanner and encoder behind the json package.');
