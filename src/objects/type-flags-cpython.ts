/**
 * type.__flags__ in CPython's bit values (Include/object.h), computed from
 * gilvm's own type flags (TP_FLAGS, whose bits are private) and the type's
 * place in the hierarchy. Covers the bits programs test: HEAPTYPE, BASETYPE,
 * IMMUTABLETYPE, IS_ABSTRACT, SEQUENCE, MAPPING, MATCH_SELF, READY, HAVE_GC
 * (heap types and the containers) and the fast-subclass bits 24..31.
 */
import { type Ref } from '../heap/layout.js';
import { E, T } from './registry.js';
import { isSubtype } from './typecheck.js';
import { TPF_ABSTRACT, TPF_BASETYPE, TPF_HEAPTYPE, TPF_MAPPING, TPF_SEQUENCE, typeFlags } from './typeobject.js';

const PY_STATIC_BUILTIN = 2 ** 1;
const PY_SEQUENCE = 2 ** 5;
const PY_MAPPING = 2 ** 6;
const PY_IMMUTABLETYPE = 2 ** 8;
const PY_HEAPTYPE = 2 ** 9;
const PY_BASETYPE = 2 ** 10;
const PY_HAVE_VECTORCALL = 2 ** 11;
const PY_READY = 2 ** 12;
const PY_HAVE_GC = 2 ** 14;
const PY_VALID_VERSION_TAG = 2 ** 19;
const PY_IS_ABSTRACT = 2 ** 20;
const PY_MATCH_SELF = 2 ** 22;
const PY_ITEMS_AT_END = 2 ** 23;

/** The fast-subclass bits, in CPython's order from bit 24 (int) to bit 31 (type). */
function subclassBits(t: Ref): number {
  const bases = [T.int, T.list, T.tuple, T.bytes, T.str, T.dict, E.BaseException, T.type];
  let bits = 0;
  for (let i = 0; i < bases.length; i++) if (isSubtype(t, bases[i]!)) bits += 2 ** (24 + i);
  return bits;
}

/** Built-in types that match a class pattern by the subject itself (`case int(x)`). */
function matchesSelf(t: Ref): boolean {
  for (const b of [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple]) {
    if (isSubtype(t, b)) return true;
  }
  return false;
}

/** Built-in sequences and mappings, which CPython flags in their type (gilvm's pattern matching knows them by type). */
function builtinShape(t: Ref): number {
  for (const b of [T.list, T.tuple, T.range, T.memoryview, T['collections.deque']]) if (isSubtype(t, b)) return PY_SEQUENCE;
  return isSubtype(t, T.dict) ? PY_MAPPING : 0;
}

function hasGc(t: Ref, heap: boolean): boolean {
  if (heap) return true;
  for (const b of [T.list, T.tuple, T.dict, T.set, T.frozenset, T.type, E.BaseException, T.function]) {
    if (isSubtype(t, b)) return true;
  }
  return false;
}

/** type.__flags__ as a JS number (may exceed 2**31: bit 31 is the type-subclass bit). */
export function cpythonTypeFlags(t: Ref): number {
  const own = typeFlags(t);
  const heap = (own & TPF_HEAPTYPE) !== 0;
  let f = PY_READY + subclassBits(t);
  f += heap ? PY_HEAPTYPE : PY_IMMUTABLETYPE + PY_STATIC_BUILTIN + PY_VALID_VERSION_TAG;
  if ((own & TPF_BASETYPE) !== 0) f += PY_BASETYPE;
  if ((own & TPF_ABSTRACT) !== 0) f += PY_IS_ABSTRACT;
  const shape = (own & TPF_SEQUENCE) !== 0 ? PY_SEQUENCE : (own & TPF_MAPPING) !== 0 ? PY_MAPPING : builtinShape(t);
  f += shape;
  if (matchesSelf(t)) f += PY_MATCH_SELF;
  if (hasGc(t, heap)) f += PY_HAVE_GC;
  if (isSubtype(t, T.type)) f += PY_HAVE_VECTORCALL + PY_ITEMS_AT_END;
  return f;
}
