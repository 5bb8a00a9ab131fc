/**
 * Iterators over a str: CPython 3.12 has two types, `str_ascii_iterator` for a
 * str of ASCII code points only and `str_iterator` for any other, with one layout:
 *
 *     body (values): | str (NULL once exhausted) | index (small int) |
 *
 * Both yield one-character strs (cached by charStr).
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { T } from './registry.js';
import { charStr, strCodePoint, strIsAscii, strLength } from './str.js';
import { declareSlots } from './typeobject.js';

const SI_STR = HEADER_WORDS;
const SI_INDEX = HEADER_WORDS + 1;

/** iter(s) for an exact str s. */
export function newStrIterator(s: Ref): Ref {
  const it = allocate(strIsAscii(s) ? T.str_ascii_iterator : T.str_iterator, HEADER_BYTES + 8, false);
  i32[(it >> 2) + SI_STR] = s;
  i32[(it >> 2) + SI_INDEX] = fromSmallInt(0);
  return it;
}

function strIterNext(it: Value): Value {
  const w = it >> 2;
  const s = i32[w + SI_STR]!;
  if (s === NULL) return NULL;
  const i = i32[w + SI_INDEX]! >> 1;
  if (i >= strLength(s)) {
    i32[w + SI_STR] = NULL;
    return NULL;
  }
  i32[w + SI_INDEX] = fromSmallInt(i + 1);
  return charStr(strCodePoint(s, i));
}

/** len(s) - index, for __length_hint__. */
export function strIteratorRemaining(it: Ref): number {
  const s = i32[(it >> 2) + SI_STR]!;
  if (s === NULL) return 0;
  return Math.max(0, strLength(s) - (i32[(it >> 2) + SI_INDEX]! >> 1));
}

declareSlots('str_iterator', {
  iter: (self) => self,
  next: strIterNext,
});

declareSlots('str_ascii_iterator', {
  iter: (self) => self,
  next: strIterNext,
});
