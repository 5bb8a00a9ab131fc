/**
 * Attributes of built-in functions and method descriptors (what the
 * builtins module's functions show): __name__, __qualname__, __module__,
 * __self__, __doc__, __text_signature__, and __objclass__ of method
 * descriptors, as CPython's methodobject.c / descrobject.c.
 */
import { NULL, type Value } from '../heap/layout.js';
import { defineGetter } from '../objects/descriptors-getset.js';
import { dictGetStr } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { BF_MODULE, BF_NAME, BF_SELF, MD_NAME, MD_OWNER } from '../objects/native.js';
import { S, T } from '../objects/registry.js';
import { rootGet, ROOT_MODULES } from '../objects/roots.js';
import { newStr, strValue } from '../objects/str.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField } from '../objects/typeobject.js';
import { typeName } from '../vm/abstract.js';

function orNone(v: Value): Value {
  return v === NULL ? S.None : v;
}

/** The module a builtin function belongs to (its __self__ when not a bound method). */
function moduleObject(self: Value): Value {
  const m = getField(self, BF_MODULE);
  if (m === NULL || (m & 1) !== 0 || !isSubtype(typeOf(m), T.str)) return S.None;
  return orNone(dictGetStr(rootGet(ROOT_MODULES), m));
}

defineGetter('builtin_function_or_method', '__name__', (self) => getField(self, BF_NAME));
defineGetter('builtin_function_or_method', '__qualname__', (self) => {
  const bound = getField(self, BF_SELF);
  const name = strValue(getField(self, BF_NAME));
  if (bound === NULL || getField(self, BF_MODULE) !== NULL) return getField(self, BF_NAME);
  // A method bound to an instance (or a class, for classmethods like dict.fromkeys).
  const owner = (bound & 1) === 0 && isSubtype(typeOf(bound), T.type) ? bound : typeOf(bound);
  return newStr(`${typeName(owner)}.${name}`);
});
defineGetter('builtin_function_or_method', '__module__', (self) => orNone(getField(self, BF_MODULE)));
defineGetter('builtin_function_or_method', '__self__', (self) => {
  const bound = getField(self, BF_SELF);
  return bound !== NULL ? bound : moduleObject(self);
});
defineGetter('builtin_function_or_method', '__doc__', () => S.None);
defineGetter('builtin_function_or_method', '__text_signature__', () => S.None);

defineGetter('method_descriptor', '__name__', (self) => getField(self, MD_NAME));
defineGetter('method_descriptor', '__qualname__', (self) =>
  newStr(`${typeName(getField(self, MD_OWNER))}.${strValue(getField(self, MD_NAME))}`),
);
defineGetter('method_descriptor', '__objclass__', (self) => getField(self, MD_OWNER));
defineGetter('method_descriptor', '__doc__', () => S.None);
defineGetter('method_descriptor', '__text_signature__', () => S.None);

export { intern };
