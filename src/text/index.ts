/**
 * src/text: CPython 3.12's str and bytes algorithms as pure functions over JS values, for the
 * object layer to wrap. A Python str is a JS string (code points; astral ones as surrogate pairs,
 * lone surrogates allowed) and every index is a code-point index; bytes/bytearray are Uint8Array.
 * Errors are TextError(kind, CPython's message).
 *
 *   errors.ts            TextError
 *   codepoints.ts        len, index <-> offset, slicing
 *   unicode.ts           per-code-point properties and case mappings (unicode-tables.ts: data)
 *   str-*.ts             str methods (search, split, strip, pad, case, predicates, replace)
 *   repr.ts              repr()/ascii() of str, repr of bytes/bytearray
 *   format-spec.ts       the format-spec mini-language, format(str, spec)
 *   format-template.ts   str.format templates
 *   percent-format.ts    str % args, bytes % args
 *   bytes-*.ts           bytes/bytearray methods
 *   codecs.ts            encode/decode
 *   arg-errors.ts        CPython's messages for arguments of the wrong type
 */
export * from './errors.js';
export * from './codepoints.js';
export * from './unicode.js';
export * from './str-numeric.js';
export * from './str-search.js';
export * from './str-split.js';
export * from './str-strip.js';
export * from './str-pad.js';
export * from './str-case.js';
export * from './str-predicates.js';
export * from './str-replace.js';
export * from './repr.js';
export * from './format-spec.js';
export * from './format-template.js';
export * from './percent-format.js';
export * from './bytes-search.js';
export * from './bytes-transform.js';
export * from './codecs.js';
export * from './arg-errors.js';
