/**
 * Python's numeric semantics (int, float, complex) as pure functions over JS
 * values: int = bigint, float = number, complex = {re, im}. No heap
 * knowledge; the object layer wraps these. Errors are NumericError with the
 * Python exception name in `kind` and CPython 3.12's message.
 */
export * from './errors.js';
export { bitLength, ratioToFloat, decompose, signBit } from './bits.js';
export * from './int-arith.js';
export * from './int-float.js';
export * from './int-bytes.js';
export * from './int-str.js';
export * from './int-limits.js';
export * from './float-arith.js';
export * from './float-format.js';
export * from './float-hex.js';
export * from './complex-arith.js';
export * from './parse-int.js';
export * from './parse-float.js';
export * from './hash.js';
export * from './format-number.js';
export { parseFormatSpec, type FormatSpec } from './format-spec.js';
export * from './percent-format.js';
export { shortestDigits, precisionDigits, fixedDigits, type Digits } from './dtoa.js';
export { pyStrRepr } from './text-util.js';
export * from './libm.js';
export * from './int-small.js';
export * from './math-float.js';
export * from './math-int.js';
export * from './math-fsum.js';
export * from './libm-fdlibm.js';
