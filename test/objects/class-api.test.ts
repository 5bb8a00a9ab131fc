/**
 * The class machinery's TypeScript API as the interpreter uses it:
 * lookupMethod's unbound form, the method cache across class changes,
 * superLookupMethod, boxed instances of built-in subclasses, and
 * AttributeError's name/obj.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { NULL, fromSmallInt, type Ref, type Value } from '../../src/heap/layout.js';
import { dictGetStr } from '../../src/objects/dict.js';
import { EXC_DICT } from '../../src/objects/exceptions.js';
import { intern } from '../../src/objects/intern.js';
import { E, T } from '../../src/objects/registry.js';
import { strValue } from '../../src/objects/str.js';
import { newTuple } from '../../src/objects/tuple.js';
import { typeOf } from '../../src/objects/typecheck.js';
import { getField, TPF_BOXED, typeFlags } from '../../src/objects/typeobject.js';
import { superLookupMethod, superMethodUnbound } from '../../src/objects/descriptors-super.js';
import { isInstance, isSubclass } from '../../src/objects/type.js';
import { isHeapType, unboxed } from '../../src/objects/type-layout.js';
import {
  getAttr,
  getAttrOptional,
  hasAttr,
  lookupMethod,
  lookupType,
  methodIsUnbound,
  setAttr,
} from '../../src/vm/attributes.js';
import { fetchException, isPyError } from '../../src/vm/errors.js';
import { runCode } from '../../src/vm/interpreter.js';
import { compileSource } from '../../src/compiler/compile.js';
import { loadCode } from '../../src/objects/code.js';
import { dictSet, newDict } from '../../src/objects/dict.js';
import { rootGet, ROOT_BUILTINS } from '../../src/objects/roots.js';
import { pushHandle } from '../../src/vm/thread-state.js';
import { startRuntime } from '../../src/vm/runtime.js';

let globals: Ref = NULL;

/** Run Python source in one namespace kept for the whole file; returns global `name`. */
function run(src: string): void {
  const code = loadCode(compileSource(src, '<api>', 'exec'));
  pushHandle(code);
  runCode(code, globals, globals, rootGet(ROOT_BUILTINS));
}
function g(name: string): Value {
  return dictGetStr(globals, intern(name));
}

beforeAll(() => {
  startRuntime();
  globals = newDict();
  pushHandle(globals);
  dictSet(globals, intern('__builtins__'), rootGet(ROOT_BUILTINS));
  dictSet(globals, intern('__name__'), intern('__main__'));
  run(`
class A:
    def f(self):
        return 'A.f'
    cls_attr = 7
class B(A):
    def f(self):
        return 'B.f'
class MyInt(int):
    pass
class MyStr(str):
    pass
a = A()
b = B()
shadowed = A()
shadowed.f = 'instance attribute'
mi = MyInt(12)
ms = MyStr('xyz')
`);
});

describe('lookupMethod', () => {
  test('a function on the class comes back unbound', () => {
    const f = lookupMethod(g('a'), intern('f'));
    expect(methodIsUnbound).toBe(true);
    expect(typeOf(f)).toBe(T.function);
  });
  test('an instance attribute shadowing it comes back as the attribute', () => {
    const f = lookupMethod(g('shadowed'), intern('f'));
    expect(methodIsUnbound).toBe(false);
    expect(strValue(f)).toBe('instance attribute');
  });
  test('a non-function class attribute comes back bound/plain', () => {
    const v = lookupMethod(g('a'), intern('cls_attr'));
    expect(methodIsUnbound).toBe(false);
    expect(v).toBe(fromSmallInt(7));
  });
  test('built-in methods are unbound method descriptors', () => {
    const f = lookupMethod(g('ms'), intern('upper'));
    expect(methodIsUnbound).toBe(true);
    expect(typeOf(f)).toBe(T.method_descriptor);
  });
});

describe('method cache', () => {
  test('a change to a base class is seen through the subclass', () => {
    const A = g('A');
    const C = (run('class C(A): pass'), g('C'));
    const before = lookupType(C, intern('cls_attr'));
    expect(before).toBe(fromSmallInt(7));
    setAttr(A, intern('cls_attr'), fromSmallInt(8));
    expect(lookupType(C, intern('cls_attr'))).toBe(fromSmallInt(8));
    setAttr(C, intern('cls_attr'), fromSmallInt(9));
    expect(lookupType(C, intern('cls_attr'))).toBe(fromSmallInt(9));
    expect(lookupType(A, intern('cls_attr'))).toBe(fromSmallInt(8));
  });
});

describe('super', () => {
  test('superLookupMethod finds the base function unbound', () => {
    const f = superLookupMethod(g('B'), g('b'), intern('f'));
    expect(superMethodUnbound).toBe(true);
    expect(strValue(getField(f, 3))).toBe('f'); // FN_NAME
  });
});

describe('boxed built-in subclasses', () => {
  test('instances of int/str subclasses box the exact value', () => {
    const mi = g('mi');
    expect(isHeapType(typeOf(mi))).toBe(true);
    expect(typeFlags(typeOf(mi)) & TPF_BOXED).not.toBe(0);
    expect(unboxed(mi)).toBe(fromSmallInt(12));
    expect(strValue(unboxed(g('ms')))).toBe('xyz');
    expect(unboxed(fromSmallInt(3))).toBe(fromSmallInt(3));
  });
});

describe('getAttr errors', () => {
  test('AttributeError carries name and obj', () => {
    const a = g('a');
    let caught = false;
    try {
      getAttr(a, intern('nope'));
    } catch (e) {
      expect(isPyError(e)).toBe(true);
      const exc = fetchException();
      expect(typeOf(exc)).toBe(E.AttributeError);
      const d = getField(exc, EXC_DICT);
      expect(strValue(dictGetStr(d, intern('name')))).toBe('nope');
      expect(dictGetStr(d, intern('obj'))).toBe(a);
      caught = true;
    }
    expect(caught).toBe(true);
    expect(hasAttr(a, intern('nope'))).toBe(false);
    expect(getAttrOptional(a, intern('nope'))).toBe(NULL);
  });
});

describe('isinstance/issubclass', () => {
  test('tuples and subclasses', () => {
    expect(isInstance(g('b'), g('A'))).toBe(true);
    expect(isInstance(g('a'), g('B'))).toBe(false);
    expect(isInstance(fromSmallInt(1), newTuple([T.str, T.int]))).toBe(true);
    expect(isSubclass(g('B'), newTuple([T.str, g('A')]))).toBe(true);
    expect(isSubclass(T.bool, T.int)).toBe(true);
  });
});
