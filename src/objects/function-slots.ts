/**
 * Behaviour of functions, bound methods, builtin functions and method
 * descriptors: calling, binding (__get__), repr.
 *
 * (Bound methods are in descriptors-method.ts.)
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { i32 } from '../heap/memory.js';
import { callFunction } from '../vm/interpreter.js';
import { raise } from '../vm/errors.js';
import { repr, typeName, typeNameOf } from '../vm/abstract.js';
import { FN_QUALNAME } from './function.js';
import { BF_NATIVE, BF_NAME, BF_SELF, MD_FLAGS, MD_NAME, MD_NATIVE, MD_OWNER, MDF_CLASS, MDF_STATIC, natives } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { declareSlots, getField, setField } from './typeobject.js';
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
    if (bound === NULL) return newStr(`<built-in function ${name}>`);
    return newStr(`<built-in method ${name} of ${typeNameOf(bound)} object at 0x${(bound >>> 0).toString(16).padStart(12, '0')}>`);
  },
});

declareSlots('method_descriptor', {
  call(self, argv, argc, kwnames) {
    const flags = smallIntValue(getField(self, MD_FLAGS));
    const fn = natives[smallIntValue(getField(self, MD_NATIVE))]!;
    if ((flags & MDF_STATIC) !== 0) return fn(NULL, argv, argc, kwnames);
    const owner = getField(self, MD_OWNER);
    const name = strValue(getField(self, MD_NAME));
    if (argc === 0) {
      throw raise(E.TypeError, `unbound method ${typeName(owner)}.${name}() needs an argument`);
    }
    const first = i32[argv]!;
    if ((flags & MDF_CLASS) !== 0) return fn(first, argv + 1, argc - 1, kwnames);
    if (!isSubtype(typeOf(first), owner)) {
      throw raise(
        E.TypeError,
        `descriptor '${name}' for '${typeName(owner)}' objects doesn't apply to a '${typeNameOf(first)}' object`,
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
