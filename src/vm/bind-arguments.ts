/**
 * Binding a call's arguments to a Python function's parameters (CPython's
 * initialize_locals): positional, defaults, keyword-only, *args, **kwargs,
 * positional-only, with CPython 3.12's error messages.
 */
import { CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import { NULL, type Ref } from '../heap/layout.js';
import { copyWords } from '../heap/memory.js';
import { CO_ARGCOUNT, CO_FLAGS, CO_KWONLY, CO_LOCALSPLUSNAMES, CO_POSONLY, codeInt } from '../objects/code.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { FN_DEFAULTS, FN_KWDEFAULTS, FN_QUALNAME } from '../objects/function.js';
import { E } from '../objects/registry.js';
import { strEquals, strValue } from '../objects/str.js';
import { allocTuple, tupleBase, tupleGet, tupleLength } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { raise } from './errors.js';

function qualname(func: Ref): string {
  return strValue(getField(func, FN_QUALNAME));
}

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Fill localsplus (at i32 index `lp`) from the arguments i32[argv..argv+argc)
 * whose last len(kwnames) are keywords.
 */
export function bindArguments(func: Ref, code: Ref, lp: number, argv: number, argc: number, kwnames: Ref): void {
  const nkw = kwnames === NULL ? 0 : tupleLength(kwnames);
  const npos = argc - nkw;
  const argcount = codeInt(code, CO_ARGCOUNT);
  const kwonly = codeInt(code, CO_KWONLY);
  const posonly = codeInt(code, CO_POSONLY);
  const flags = codeInt(code, CO_FLAGS);
  const total = argcount + kwonly;
  const varargsIx = (flags & CO_VARARGS) !== 0 ? total : -1;
  const varkwIx = (flags & CO_VARKEYWORDS) !== 0 ? total + (varargsIx >= 0 ? 1 : 0) : -1;

  // Fast path: exactly the positional parameters, nothing else.
  if (nkw === 0 && npos === argcount && varargsIx < 0 && varkwIx < 0 && kwonly === 0) {
    copyWords(lp, argv, npos);
    return;
  }

  let kwdict: Ref = NULL;
  if (varkwIx >= 0) {
    kwdict = newDict();
    i32[lp + varkwIx] = kwdict;
  }
  const n = Math.min(npos, argcount);
  copyWords(lp, argv, n);
  if (varargsIx >= 0) {
    const extra = npos - n;
    const t = allocTuple(extra);
    copyWords(tupleBase(t), argv + n, extra);
    i32[lp + varargsIx] = t;
  } else if (npos > argcount) {
    throw tooManyPositional(func, npos, argcount, kwonly, kwnames, getField(code, CO_LOCALSPLUSNAMES));
  }

  // Keywords.
  const names = getField(code, CO_LOCALSPLUSNAMES);
  const posonlyPassedByKeyword: string[] = [];
  for (let k = 0; k < nkw; k++) {
    const key = tupleGet(kwnames, k);
    const value = i32[argv + npos + k]!;
    let j = -1;
    for (let p = posonly; p < total; p++) {
      const pn = tupleGet(names, p);
      if (pn === key || strEquals(pn, key)) {
        j = p;
        break;
      }
    }
    if (j < 0) {
      if (kwdict !== NULL) {
        // Unknown names, positional-only ones included, go to **kwargs.
        dictSet(kwdict, key, value);
        continue;
      }
      for (let p = 0; p < posonly; p++) {
        if (strEquals(tupleGet(names, p), key)) posonlyPassedByKeyword.push(strValue(key));
      }
      if (posonlyPassedByKeyword.length > 0) continue;
      throw raise(E.TypeError, `${qualname(func)}() got an unexpected keyword argument '${strValue(key)}'`);
    }
    if (i32[lp + j] !== NULL) {
      throw raise(E.TypeError, `${qualname(func)}() got multiple values for argument '${strValue(key)}'`);
    }
    i32[lp + j] = value;
  }
  if (posonlyPassedByKeyword.length > 0) {
    throw raise(
      E.TypeError,
      `${qualname(func)}() got some positional-only arguments passed as keyword arguments: '${posonlyPassedByKeyword.join(', ')}'`,
    );
  }

  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = getField(func, FN_DEFAULTS);
    const ndef = defaults === NULL ? 0 : tupleLength(defaults);
    const firstDefault = argcount - ndef;
    const missing: string[] = [];
    for (let p = npos; p < argcount; p++) {
      if (i32[lp + p] !== NULL) continue;
      if (p >= firstDefault) i32[lp + p] = tupleGet(defaults, p - firstDefault);
      else missing.push(strValue(tupleGet(names, p)));
    }
    if (missing.length > 0) {
      const s = missing.length === 1 ? '' : 's';
      throw raise(
        E.TypeError,
        `${qualname(func)}() missing ${missing.length} required positional argument${s}: ${quotedList(missing)}`,
      );
    }
  }
  // Keyword-only defaults.
  if (kwonly > 0) {
    const kwdefaults = getField(func, FN_KWDEFAULTS);
    const missing: string[] = [];
    for (let p = argcount; p < total; p++) {
      if (i32[lp + p] !== NULL) continue;
      const name = tupleGet(names, p);
      const d = kwdefaults === NULL ? NULL : dictGetStr(kwdefaults, name);
      if (d !== NULL) i32[lp + p] = d;
      else missing.push(strValue(name));
    }
    if (missing.length > 0) {
      const s = missing.length === 1 ? '' : 's';
      throw raise(
        E.TypeError,
        `${qualname(func)}() missing ${missing.length} required keyword-only argument${s}: ${quotedList(missing)}`,
      );
    }
  }
}

function tooManyPositional(
  func: Ref,
  given: number,
  argcount: number,
  kwonly: number,
  kwnames: Ref,
  names: Ref,
): ReturnType<typeof raise> {
  const defaults = getField(func, FN_DEFAULTS);
  const ndef = defaults === NULL ? 0 : tupleLength(defaults);
  // Keyword-only arguments passed by the call (they are not bound yet when this is found).
  let kwonlyGiven = 0;
  const nkw = kwnames === NULL ? 0 : tupleLength(kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    for (let p = argcount; p < argcount + kwonly; p++) if (strValue(tupleGet(names, p)) === key) kwonlyGiven++;
  }
  const takes =
    ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`;
  const plural = ndef > 0 || argcount !== 1 ? 's' : '';
  let msg = `${qualname(func)}() takes ${takes} positional argument${plural} but ${given}`;
  if (kwonlyGiven > 0) {
    msg += ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`;
  } else {
    msg += given === 1 ? ' was given' : ' were given';
  }
  return raise(E.TypeError, msg);
}
