/**
 * Behaviour of functions, bound methods, builtin functions and method
 * descriptors: calling, binding (__get__), repr.
 *
 * (Bound methods are in descriptors-method.ts.)
 */
import { NULL, smallIntValue, type Value } from '../heap/layout.js';
import { callFunction } from '../vm/interpreter.js';
import { raise } from '../vm/errors.js';
import { typeName, typeNameOf } from '../vm/abstract.js';
import { FN_QUALNAME } from './function.js';
import { setField } from './typeobject.js';
import { BF_NATIVE, BF_NAME, BF_SELF, MD_FLAGS, MD_NAME, MD_NATIVE, MD_OWNER, MDF_CLASS, MDF_STATIC, natives } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { declareSlots, getField } from './typeobject.js';
import { isSubtype, typeOf } from './typecheck.js';

declareSlots('function', {
  call: (self, argv, argc, kwnames) => callFunction(self, argv, argc, kwnames),
  descrGet: (self, obj) => (obj === NULL || obj === S.None ? self : newMethod(self, obj)),
  repr: (self) => newStr(`<function ${strValue(getField(self, FN_QUALNAME))} at 0x${(self >>> 0).toString(16).padStart(12, '0')}>`),
});

declareSlots('builtin_function_or_method', {
  call(self, argv, argc, kwnames) {
    return natives[smallIntValue(getField(self, BF_NATIVE))]!(getField(self, BF_SELF), argv, argc, kwnames);
  },
  repr(self) {
    const name = strValue(getField(self, BF_NAME));
    const bound = getField(self, BF_SELF);
    // A module's function (self is the module) prints as a function, as CPython's meth_repr.
    if (bound === NULL || ((bound & 1) === 0 && isSubtype(typeOf(bound), T.module))) return newStr(`<built-in function ${name}>`);
    return newStr(`<built-in method ${name} of ${typeNameOf(bound)} object at 0x${(bound >>> 0).toString(16).padStart(12, '0')}>`);
  },
});

declareSlots('method_descriptor', {
  call(self, argv, argc, kwnames) {
    const flags = smallIntValue(getField(self, MD_FLAGS));
    const fn = natives[smallIntValue(getField(self, MD_NATIVE))]!;
    if ((flags & MDF_STATIC) !== 0) return fn(NULL, argv, argc, kwnames);
    const owner = getField(self, MD_OWNER);
    if (argc === 0) {
      throw raise(E.TypeError, `unbound method ${typeName(owner)}.${strValue(getField(self, MD_NAME))}() needs an argument`);
    }
    const first = i32[argv]!;
    if ((flags & MDF_CLASS) !== 0) return fn(first, argv + 1, argc - 1, kwnames);
    if (!isSubtype(typeOf(first), owner)) {
      throw raise(
        E.TypeError,
        `descriptor '${strValue(getField(self, MD_NAME))}' for '${typeName(owner)}' objects doesn't apply to a '${typeNameOf(first)}' object`,
      );
    }
    return fn(first, argv + 1, argc - 1, kwnames);
  },
  descrGet(self, obj, type) {
    const flags = smallIntValue(getField(self, MD_FLAGS));
    const name = getField(self, MD_NAME);
    const id = smallIntValue(getField(self, MD_NATIVE));
    if ((flags & MDF_CLASS) !== 0) return newBuiltinFunction(name, id, type === NULL ? typeOf(obj) : type, NULL);
    if ((flags & MDF_STATIC) !== 0) return self;
    if (obj === NULL) return self;
    return newBuiltinFunction(name, id, obj, NULL);
  },
  repr(self) {
    return newStr(`<method '${strValue(getField(self, MD_NAME))}' of '${typeName(getField(self, MD_OWNER))}' objects>`);
  },
});

import { newBuiltinFunction } from './native.js';
import { newMethod } from './descriptors-method.js';

// ---- function attributes ------------------------------------------------------------------
import { onLayouts } from './bootstrap-hooks.js';
import { instanceDict, setInstanceLayout } from './type-layout.js';
import { defineGetSet, defineGetter } from './descriptors-getset.js';
import {
  FN_ANNOTATIONS,
  FN_BUILTINS,
  FN_CLOSURE,
  FN_CODE,
  FN_DEFAULTS,
  FN_DICT,
  FN_DOC,
  FN_GLOBALS,
  FN_KWDEFAULTS,
  FN_MODULE,
  FN_NAME,
  FN_WORDS,
} from './function.js';
import { newDict } from './dict.js';

// Functions have an instance __dict__ (f.attr = ...), as in CPython.
onLayouts(() => setInstanceLayout(T.function, FN_WORDS, FN_DICT));

function orNone(v: Value): Value {
  return v === NULL ? S.None : v;
}
function strSetter(field: number, what: string) {
  return (self: Value, v: Value): void => {
    if (v === NULL || typeOf(v) !== T.str) throw raise(E.TypeError, `${what} must be set to a string object`);
    setField(self, field, v);
  };
}
function tupleOrNoneSetter(field: number, what: string) {
  return (self: Value, v: Value): void => {
    if (v === NULL || v === S.None) setField(self, field, NULL);
    else if (typeOf(v) !== T.tuple) throw raise(E.TypeError, `${what} must be set to a tuple object`);
    else setField(self, field, v);
  };
}
function dictOrNoneSetter(field: number, what: string) {
  return (self: Value, v: Value): void => {
    if (v === NULL || v === S.None) setField(self, field, NULL);
    else if (typeOf(v) !== T.dict) throw raise(E.TypeError, `${what} must be set to a dict object`);
    else setField(self, field, v);
  };
}

defineGetSet('function', '__name__', (self) => getField(self, FN_NAME), strSetter(FN_NAME, '__name__'));
defineGetSet('function', '__qualname__', (self) => getField(self, FN_QUALNAME), strSetter(FN_QUALNAME, '__qualname__'));
defineGetSet('function', '__doc__', (self) => orNone(getField(self, FN_DOC)), (self, v) => setField(self, FN_DOC, v === NULL ? S.None : v));
defineGetSet('function', '__module__', (self) => orNone(getField(self, FN_MODULE)), (self, v) => setField(self, FN_MODULE, v === NULL ? S.None : v));
defineGetSet('function', '__defaults__', (self) => orNone(getField(self, FN_DEFAULTS)), tupleOrNoneSetter(FN_DEFAULTS, '__defaults__'));
defineGetSet('function', '__kwdefaults__', (self) => orNone(getField(self, FN_KWDEFAULTS)), dictOrNoneSetter(FN_KWDEFAULTS, '__kwdefaults__'));
defineGetSet('function', '__annotations__', (self) => {
  let a = getField(self, FN_ANNOTATIONS);
  if (a === NULL || a === S.None) {
    a = newDict();
    setField(self, FN_ANNOTATIONS, a);
  } else if (typeOf(a) === T.tuple) {
    // MAKE_FUNCTION's annotations tuple (name, value, name, value, ...) becomes a dict on first use.
    const d = newDict();
    const n = tupleLength(a);
    for (let i = 0; i + 1 < n; i += 2) dictSet(d, tupleGet(a, i), tupleGet(a, i + 1));
    setField(self, FN_ANNOTATIONS, d);
    a = d;
  }
  return a;
}, dictOrNoneSetter(FN_ANNOTATIONS, '__annotations__'));
defineGetSet('function', '__dict__', (self) => instanceDict(self), (self, v) => {
  if (v === NULL || typeOf(v) !== T.dict) throw raise(E.TypeError, '__dict__ must be set to a dictionary, not a \'' + typeNameOf(v) + '\'');
  setField(self, FN_DICT, v);
});
defineGetSet('function', '__code__', (self) => getField(self, FN_CODE), (self, v) => {
  if (v === NULL || typeOf(v) !== T.code) throw raise(E.TypeError, '__code__ must be set to a code object');
  // The closure's cells fill the code's free variables: their numbers must agree (as CPython).
  const nfree = getField(v, CO_NFREE) >> 1;
  const closure = getField(self, FN_CLOSURE);
  const nclosure = closure === NULL || closure === S.None ? 0 : tupleLength(closure);
  if (nclosure !== nfree) {
    throw raise(E.ValueError, `${strValue(getField(self, FN_NAME))}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  }
  setField(self, FN_CODE, v);
});
defineGetter('function', '__globals__', (self) => getField(self, FN_GLOBALS));
defineGetter('function', '__builtins__', (self) => getField(self, FN_BUILTINS));
defineGetter('function', '__closure__', (self) => orNone(getField(self, FN_CLOSURE)));

import { dictSet } from './dict.js';
import { tupleGet, tupleLength } from './tuple.js';
import { CO_NFREE } from './code.js';

// Every function has __type_params__, () unless it is generic (PEP 695: `def f[T]()` sets it
// through INTRINSIC_SET_FUNCTION_TYPE_PARAMS).
defineGetSet(
  'function',
  '__type_params__',
  (self) => {
    const v = getField(self, FN_TYPE_PARAMS);
    return v === NULL ? S.emptyTuple : v;
  },
  (self, v) => {
    if (v === NULL || !isSubtype(typeOf(v), T.tuple)) throw raise(E.TypeError, '__type_params__ must be set to a tuple');
    setField(self, FN_TYPE_PARAMS, v);
  },
);
import { FN_TYPE_PARAMS } from './function.js';
