/**
 * memoryview's constructor, attributes and methods, with CPython 3.12's messages:
 * memoryview(object), obj nbytes readonly itemsize format ndim shape strides suboffsets
 * c_contiguous f_contiguous contiguous, tobytes tolist toreadonly release cast, and the
 * context manager (__enter__ / __exit__ release the view). hex is bytes-methods.ts's (it reads
 * any bytes-like self). Every one but release and repr raises ValueError on a released view.
 *
 * cast supports CPython's one-dimensional casts: between a byte format ('B', 'b', 'c') and any
 * native single-character format, optionally with shape=[n]. Also PEP 688's __buffer__ /
 * __release_buffer__ (on bytes and bytearray too) and memoryview._from_flags.
 */
import { fromSmallInt, NULL, type Ref, type Value } from '../heap/layout.js';
import { boolValue, typeName, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { bytesOf, newBytes } from './bytes.js';
import { defineGetter } from './descriptors-getset.js';
import { CANNOT_FIT, asSsize, hasIndex, indexOf, intToBigInt, noKeywords } from './list-args.js';
import { listSet, newList } from './list.js';
import { formatSize, isByteFormat } from './memoryview-format.js';
import {
  checkReleased,
  isMemoryView,
  itemValue,
  memoryViewOf,
  mvBase,
  mvBytes,
  mvContiguous,
  mvFlags,
  mvFormat,
  mvFormatText,
  mvItemSize,
  mvLength,
  mvRelease,
  mvStart,
  mvStride,
  MVF_AT,
  MVF_READONLY,
  newMemoryView,
} from './memoryview.js';
import './memoryview-slots.js'; // the type's slots come with its methods (all.ts imports this module)
import { defineMethod, MDF_CLASS, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { argTypeName, checkNoArgs, parseKwArgs, strOf, typeError } from './str-args.js';
import { newStr, strValue } from './str.js';
import { newTuple, tupleGet, tupleLength } from './tuple.js';
import { listGet, listLength } from './list.js';
import { isSubtype, typeOf } from './typecheck.js';

// ---- construction -----------------------------------------------------------------------------

const NEW_NAMES = ['object'] as const;
const newArgs: Value[] = [0];

defineMethod(
  'memoryview',
  '__new__',
  (_self, argv, argc, kwnames) => {
    if (argc < 1) throw raise(E.TypeError, 'memoryview.__new__(): not enough arguments');
    const cls = i32[argv]!;
    if (cls !== T.memoryview) {
      typeError(`memoryview.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of memoryview`);
    }
    // CPython names the missing argument before an unknown keyword.
    const nkw = kwnames === NULL ? 0 : tupleLength(kwnames);
    let given = argc - 1 > nkw;
    for (let k = 0; k < nkw && !given; k++) given = strValue(tupleGet(kwnames, k)) === 'object';
    if (!given) typeError("memoryview() missing required argument 'object' (pos 1)");
    const [obj] = parseKwArgs('memoryview', argv + 1, argc - 1, kwnames, NEW_NAMES, newArgs, 1);
    return memoryViewOf(obj!);
  },
  MDF_STATIC,
);

// ---- attributes -------------------------------------------------------------------------------

function getter(name: string, get: (m: Ref) => Value): void {
  defineGetter('memoryview', name, (self) => {
    checkReleased(self);
    return get(self);
  });
}

getter('obj', (m) => checkReleased(m));
getter('nbytes', (m) => fromSmallInt(mvLength(m) * mvItemSize(m)));
getter('readonly', (m) => boolValue((mvFlags(m) & MVF_READONLY) !== 0));
getter('itemsize', (m) => fromSmallInt(mvItemSize(m)));
getter('format', (m) => newStr(mvFormatText(m)));
getter('ndim', () => fromSmallInt(1));
getter('shape', (m) => newTuple([fromSmallInt(mvLength(m))]));
getter('strides', (m) => newTuple([fromSmallInt(mvStride(m))]));
getter('suboffsets', () => S.emptyTuple);
getter('c_contiguous', (m) => boolValue(mvContiguous(m)));
getter('f_contiguous', (m) => boolValue(mvContiguous(m)));
getter('contiguous', (m) => boolValue(mvContiguous(m)));

// ---- methods ----------------------------------------------------------------------------------

const ORDER_NAMES = ['order'] as const;
const orderArgs: Value[] = [0];

defineMethod('memoryview', 'tobytes', (self, argv, argc, kwnames) => {
  const [order] = parseKwArgs('tobytes', argv, argc, kwnames, ORDER_NAMES, orderArgs);
  let text: string | null = null;
  if (order !== NULL && order !== S.None) {
    const s = strOf(order!);
    if (s === NULL) typeError(`tobytes() argument 'order' must be str or None, not ${argTypeName(order!)}`);
    text = strValue(s);
  }
  checkReleased(self);
  if (text !== null && text !== 'C' && text !== 'F' && text !== 'A') {
    throw raise(E.ValueError, "order must be 'C', 'F' or 'A'");
  }
  return newBytes(mvBytes(self));
});

defineMethod('memoryview', 'tolist', (self, _argv, argc, kwnames) => {
  checkNoArgs('memoryview.tolist', argc, kwnames);
  checkReleased(self);
  const n = mvLength(self);
  const code = mvFormat(self);
  const base = mvBase(self) + mvStart(self);
  const stride = mvStride(self);
  // Nothing here runs Python code or collects: the new list needs no handle.
  const l = newList(n);
  for (let i = 0; i < n; i++) listSet(l, i, itemValue(code, base + i * stride));
  return l;
});

defineMethod('memoryview', 'toreadonly', (self, _argv, argc, kwnames) => {
  checkNoArgs('memoryview.toreadonly', argc, kwnames);
  const obj = checkReleased(self);
  return newMemoryView(obj, mvStart(self), mvLength(self), mvStride(self), mvFormat(self), mvFlags(self) | MVF_READONLY);
});

defineMethod('memoryview', 'release', (self, _argv, argc, kwnames) => {
  checkNoArgs('memoryview.release', argc, kwnames);
  mvRelease(self);
  return S.None;
});

defineMethod('memoryview', '__enter__', (self, _argv, argc, kwnames) => {
  checkNoArgs('memoryview.__enter__', argc, kwnames);
  checkReleased(self);
  return self;
});

defineMethod('memoryview', '__exit__', (self) => {
  mvRelease(self);
  return S.None;
});

// ---- cast -------------------------------------------------------------------------------------

const CAST_NAMES = ['format', 'shape'] as const;
const castArgs: Value[] = [0, 0];

/** The format character of a cast's destination ('@' allowed first), or 0 when not native. */
function castFormat(text: string): number {
  const c = text.startsWith('@') ? text.slice(1) : text;
  if (c.length !== 1) return 0;
  return formatSize(c.charCodeAt(0)) !== 0 ? c.charCodeAt(0) : 0;
}

/** The shape argument's items (list or tuple of ints), as JS numbers (NaN for a non-int). */
function shapeItems(shape: Value): number[] {
  const t = typeOf(shape);
  const isList = isSubtype(t, T.list);
  if (!isList && !isSubtype(t, T.tuple)) typeError('shape must be a list or a tuple');
  const n = isList ? listLength(shape) : tupleLength(shape);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const x = isList ? listGet(shape, k) : tupleGet(shape, k);
    out.push(hasIndex(x) ? Number(intToBigInt(indexOf(x))) : NaN);
  }
  return out;
}

defineMethod('memoryview', 'cast', (self, argv, argc, kwnames) => {
  const [formatV, shapeV] = parseKwArgs('cast', argv, argc, kwnames, CAST_NAMES, castArgs, 1);
  const fs = strOf(formatV!);
  if (fs === NULL) typeError(`cast() argument 'format' must be str, not ${argTypeName(formatV!)}`);
  const obj = checkReleased(self);
  if (!mvContiguous(self)) typeError('memoryview: casts are restricted to C-contiguous views');
  const hasShape = shapeV !== NULL;
  if (hasShape && mvLength(self) === 0) typeError('memoryview: cannot cast view with zeros in shape or strides');
  const shape = hasShape ? shapeItems(shapeV!) : null;
  if (shape !== null && shape.length > 64) throw raise(E.ValueError, 'memoryview: number of dimensions must not exceed 64');
  const text = strValue(fs);
  const code = castFormat(text);
  if (code === 0) {
    throw raise(
      E.ValueError,
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  if (!isByteFormat(mvFormat(self)) && !isByteFormat(code)) typeError('memoryview: cannot cast between two non-byte formats');
  const nbytes = mvLength(self) * mvItemSize(self);
  const size = formatSize(code);
  if (nbytes % size !== 0) typeError('memoryview: length is not a multiple of itemsize');
  if (shape !== null) {
    let product = 1;
    for (const x of shape) {
      if (!(x > 0)) throw raise(E.ValueError, 'memoryview.cast(): elements of shape must be integers > 0');
      product *= x;
    }
    if (product * size !== nbytes) typeError('memoryview: product(shape) * itemsize != buffer size');
    if (shape.length !== 1) throw raise(E.NotImplementedError, 'memoryview: multi-dimensional casts are not supported');
  }
  const flags = (mvFlags(self) & MVF_READONLY) | (text.startsWith('@') ? MVF_AT : 0);
  return newMemoryView(obj, mvStart(self), nbytes / size, size, code, flags);
});

// ---- the buffer protocol in Python (PEP 688) --------------------------------------------------

const PYBUF_WRITABLE = 1;

/** A view of `obj` for a buffer request with `flags` (CPython's messages for a read-only exporter). */
function viewForFlags(obj: Value, flagsV: Value): Ref {
  const flags = asSsize(flagsV, E.OverflowError, CANNOT_FIT);
  if ((flags & PYBUF_WRITABLE) !== 0) {
    if (isMemoryView(obj)) {
      checkReleased(obj);
      if ((mvFlags(obj) & MVF_READONLY) !== 0) throw raise(E.BufferError, 'memoryview: underlying buffer is not writable');
    } else if (bytesOf(obj) !== NULL) throw raise(E.BufferError, 'Object is not writable.');
  }
  return memoryViewOf(obj);
}

/** __buffer__(flags): a new view. (CPython's view of a memoryview names that view as obj; gilvm's the exporter.) */
for (const owner of ['bytes', 'bytearray', 'memoryview']) {
  defineMethod(owner, '__buffer__', (self, argv, argc, kwnames) => {
    noKeywords(`${owner}.__buffer__`, kwnames);
    if (argc !== 1) typeError(` expected 1 argument, got ${argc}`);
    return viewForFlags(self, i32[argv]!);
  });
}

/** __release_buffer__(view): release a view __buffer__ gave. */
for (const owner of ['bytearray', 'memoryview']) {
  defineMethod(owner, '__release_buffer__', (_self, argv, argc, kwnames) => {
    noKeywords(`${owner}.__release_buffer__`, kwnames);
    if (argc !== 1) typeError(` expected 1 argument, got ${argc}`);
    const view = i32[argv]!;
    if (!isMemoryView(view)) typeError('expected a memoryview object');
    mvRelease(view);
    return S.None;
  });
}

const FROM_FLAGS_NAMES = ['object', 'flags'] as const;
const fromFlagsArgs: Value[] = [0, 0];

defineMethod(
  'memoryview',
  '_from_flags',
  (_cls, argv, argc, kwnames) => {
    const [obj, flags] = parseKwArgs('_from_flags', argv, argc, kwnames, FROM_FLAGS_NAMES, fromFlagsArgs, 2);
    return viewForFlags(obj!, flags!);
  },
  MDF_CLASS,
);
