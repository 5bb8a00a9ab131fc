/**
 * What the interpreter calls for f-strings (installed in src/vm/op-hooks.ts):
 *
 *   formatValue(v, conversion, spec)  FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii;
 *                                     spec a str ref or NULL; returns a str
 *   joinStrs(argv, n)                 BUILD_STRING: the concatenation of the n strs at
 *                                     i32[argv .. argv + n)
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { repr, str } from '../vm/abstract.js';
import { opHooks } from '../vm/op-hooks.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { S, T } from './registry.js';
import { asciiOf, strFromObject } from './str-convert.js';
import { formatObject } from './str-format.js';
import { strConcatWords } from './str.js';

export function formatValue(v: Value, conversion: number, spec: Ref): Ref {
  let x = v;
  if (conversion === 1) x = str(v);
  else if (conversion === 2) x = repr(v);
  else if (conversion === 3) x = asciiOf(v);
  if (spec === NULL) {
    // f'{x}': str(x) (what format(x, '') gives for every type that does not override __format__).
    if ((x & 1) === 0 && i32[x >> 2] === T.str) return x;
    if ((x & 1) !== 0) return strFromObject(x);
    return formatObject(x, S.emptyStr);
  }
  if (x === v) return formatObject(x, spec);
  const mark = handleCount();
  try {
    pushHandle(x);
    return formatObject(x, spec);
  } finally {
    releaseHandles(mark);
  }
}

export function joinStrs(argv: number, n: number): Ref {
  return strConcatWords(argv, n);
}

opHooks.formatValue = formatValue;
opHooks.joinStrs = joinStrs;
