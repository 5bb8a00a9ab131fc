/**
 * Method resolution order (C3 linearization, CPython's mro_implementation)
 * and the choice of a class's instance layout among its bases (best_base /
 * solid_base), with CPython's errors.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { raise } from '../vm/errors.js';
import { E, T } from './registry.js';
import { tupleBase, tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { typeNameJs } from './type-info.js';
import { isBoxedBuiltin, isHeapType } from './type-layout.js';
import { TP_MRO, TPF_BASETYPE, getField, typeBase, typeBasicWords, typeDictIndex, typeFlags } from './typeobject.js';

/** The MRO tuple of a type as a JS array. */
export function mroArray(type: Ref): Ref[] {
  const mro = getField(type, TP_MRO);
  const out: Ref[] = [];
  for (let i = 0, n = tupleLength(mro); i < n; i++) out.push(i32[tupleBase(mro) + i]!);
  return out;
}

/** C3 merge for `type` with `bases` (a JS array of types, already checked). */
export function c3Mro(type: Ref, bases: readonly Ref[]): Ref[] {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) throw raise(E.TypeError, `duplicate base class ${typeNameJs(bases[i]!)}`);
    }
  }
  const seqs: Ref[][] = bases.map((b) => mroArray(b));
  seqs.push([...bases]);
  const result: Ref[] = [type];
  const pos = seqs.map(() => 0);
  for (;;) {
    let remaining = false;
    let chosen: Ref = NULL;
    for (let i = 0; i < seqs.length; i++) {
      if (pos[i]! >= seqs[i]!.length) continue;
      remaining = true;
      const head = seqs[i]![pos[i]!]!;
      let inTail = false;
      for (let j = 0; j < seqs.length && !inTail; j++) {
        const s = seqs[j]!;
        for (let k = pos[j]! + 1; k < s.length; k++) {
          if (s[k] === head) {
            inTail = true;
            break;
          }
        }
      }
      if (!inTail) {
        chosen = head;
        break;
      }
    }
    if (!remaining) return result;
    if (chosen === NULL) {
      const names: string[] = [];
      const seen = new Set<Ref>();
      for (let i = 0; i < seqs.length; i++) {
        if (pos[i]! >= seqs[i]!.length) continue;
        const head = seqs[i]![pos[i]!]!;
        if (!seen.has(head)) {
          seen.add(head);
          names.push(typeNameJs(head));
        }
      }
      throw raise(
        E.TypeError,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`,
      );
    }
    result.push(chosen);
    for (let i = 0; i < seqs.length; i++) {
      if (pos[i]! < seqs[i]!.length && seqs[i]![pos[i]!] === chosen) pos[i]!++;
    }
  }
}

/**
 * The type whose instance layout `type`'s instances extend: the type itself
 * when it adds body words (slots, a built-in's fields, a boxed value) to its
 * base's, else its base's solid base (CPython's solid_base).
 */
export function solidBase(type: Ref): Ref {
  if (type === T.object) return type;
  const base = typeBase(type);
  const baseSolid = base === NULL ? T.object : solidBase(base);
  if (!isHeapType(type)) {
    if (isBoxedBuiltin(type)) return type;
    if (base === NULL) return type;
    // A built-in with its own layout (list, dict, BaseException...), or one not declared (0 words).
    if (typeBasicWords(type) !== typeBasicWords(base) || (typeBasicWords(type) === 0 && base === T.object)) return type;
    return baseSolid;
  }
  const addedDict = typeDictIndex(type) >= 0 && typeDictIndex(base) < 0 ? 1 : 0;
  return typeBasicWords(type) - addedDict > typeBasicWords(base) ? type : baseSolid;
}

/** CPython's best_base: the base whose layout the new class extends, with the layout checks. */
export function bestBase(bases: readonly Value[]): Ref {
  let winner: Ref = NULL;
  let best: Ref = NULL;
  for (const b of bases) {
    if ((b & 1) !== 0 || !isSubtype(typeOf(b), T.type)) {
      throw raise(E.TypeError, `bases must be types`);
    }
    if ((typeFlags(b) & TPF_BASETYPE) === 0) {
      throw raise(E.TypeError, `type '${typeNameJs(b)}' is not an acceptable base type`);
    }
    const candidate = solidBase(b);
    if (winner === NULL) {
      winner = candidate;
      best = b;
    } else if (isSubtype(winner, candidate)) {
      // keep
    } else if (isSubtype(candidate, winner)) {
      winner = candidate;
      best = b;
    } else {
      throw raise(E.TypeError, 'multiple bases have instance lay-out conflict');
    }
  }
  return best;
}

/** CPython's _PyType_CalculateMetaclass. */
export function calculateMetaclass(meta: Ref, bases: readonly Value[]): Ref {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    throw raise(
      E.TypeError,
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

export function tupleToArray(t: Ref): Value[] {
  const out: Value[] = [];
  for (let i = 0, n = tupleLength(t); i < n; i++) out.push(tupleGet(t, i));
  return out;
}

