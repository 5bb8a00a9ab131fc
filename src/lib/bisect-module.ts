/**
 * The `bisect` module (and `_bisect`, which CPython's bisect.py imports):
 * bisect_left, bisect_right (alias bisect), insort_left, insort_right
 * (alias insort), with CPython's arguments (lo, hi, keyword-only key; hi None
 * or -1 meaning len(a)), its comparisons (only `<`, between the same operands
 * in the same order, so that a class's __lt__ sees what CPython gives it)
 * and its insertion (list.insert for an exact list, else a's own insert
 * method).
 *
 * In free-threading mode insort's search and insertion are one critical
 * section on the list (or any lockable sequence): threads inserting into one
 * sorted list at once keep it sorted, as the GIL does when the comparisons
 * run no Python code. A comparison or key that runs Python code is atomic only
 * up to that code, as under the GIL.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { dictSet } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { listInsertAt } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { ssizeOf } from '../objects/str-args.js';
import { typeOf } from '../objects/typecheck.js';
import { CMP_LT, getItem, isTrue, length, richCompare } from '../vm/abstract.js';
import { callMethodIfFound, getAttr } from '../vm/attributes.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, handleWord, pushHandle, releaseHandles, setHandle } from '../vm/thread-state.js';
import { parseClinic } from './builtins-args.js';
import { lockPair, unlockPair } from '../vm/object-lock.js';
import { defineBuiltinModule } from './import-registry.js';

/** a, x, lo, hi, key: what every function takes. */
const args: Value[] = [];

function parse(name: string, argv: number, argc: number, kwnames: Ref): void {
  parseClinic(name, argv, argc, kwnames, ['a', 'x', 'lo', 'hi'], 0, 2, ['key'], args);
}

/**
 * The insertion point of `x` (already through the key, if any) in a[lo:hi];
 * `right`: after the items equal to it. The items go through `key` (NULL:
 * none) before each comparison.
 */
function search(a: Value, x: Value, loV: Value, hiV: Value, key: Value, right: boolean): number {
  let lo = loV === NULL ? 0 : ssizeOf(loV);
  if (lo < 0) throw raise(E.ValueError, 'lo must be non-negative');
  let hi = hiV === NULL || hiV === S.None ? -1 : ssizeOf(hiV);
  if (hi === -1) hi = length(a);
  const mark = handleCount();
  try {
    const ha = pushHandle(a);
    const hx = pushHandle(x);
    const hkey = pushHandle(key);
    const item = pushHandle(NULL);
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      setHandle(item, getItem(getHandle(ha), fromSmallInt(mid)));
      if (key !== NULL) setHandle(item, call1(getHandle(hkey), getHandle(item)));
      if (right) {
        if (isTrue(richCompare(getHandle(hx), getHandle(item), CMP_LT))) hi = mid;
        else lo = mid + 1;
      } else if (isTrue(richCompare(getHandle(item), getHandle(hx), CMP_LT))) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  } finally {
    releaseHandles(mark);
  }
}

function keyOf(v: Value): Value {
  return v === NULL || v === S.None ? NULL : v;
}

function insort(a: Value, x: Value, loV: Value, hiV: Value, keyV: Value, right: boolean): Value {
  const key = keyOf(keyV);
  const mark = handleCount();
  // a's lock, if it has one (free-threading mode; 0 under the GIL).
  const locks = lockPair(a, NULL);
  try {
    const ha = pushHandle(a);
    const hx = pushHandle(x);
    const probe = key === NULL ? x : call1(key, x);
    const at = search(getHandle(ha), probe, loV, hiV, key, right);
    const list = getHandle(ha);
    if ((list & 1) === 0 && list !== NULL && typeOf(list) === T.list) {
      listInsertAt(list, at, getHandle(hx));
    } else {
      // a.insert(at, x): the two arguments side by side in the handle stack.
      const argv = pushHandle(fromSmallInt(at));
      pushHandle(getHandle(hx));
      if (callMethodIfFound(list, intern('insert'), handleWord(argv), 2) === NULL) getAttr(list, intern('insert'));
    }
    return S.None;
  } finally {
    unlockPair(locks);
    releaseHandles(mark);
  }
}

for (const right of [false, true]) {
  const side = right ? 'right' : 'left';
  defineFunction('bisect', `bisect_${side}`, (_s, argv, argc, kwnames) => {
    parse(`bisect_${side}`, argv, argc, kwnames);
    return fromSmallInt(search(args[0]!, args[1]!, args[2]!, args[3]!, keyOf(args[4]!), right));
  });
  defineFunction('bisect', `insort_${side}`, (_s, argv, argc, kwnames) => {
    parse(`insort_${side}`, argv, argc, kwnames);
    return insort(args[0]!, args[1]!, args[2]!, args[3]!, args[4]!, right);
  });
}

const BISECT_DOC = 'Bisection algorithms: find and keep the place of an item in a sorted sequence.';
defineBuiltinModule('_bisect', BISECT_DOC, undefined, 'bisect');
defineBuiltinModule(
  'bisect',
  BISECT_DOC,
  (d, m) => {
    // bisect.bisect and bisect.insort are the right-hand versions, as in CPython's bisect.py.
    dictSet(d, intern('bisect'), getAttr(m, intern('bisect_right')));
    dictSet(d, intern('insort'), getAttr(m, intern('insort_right')));
  },
  'bisect',
);
