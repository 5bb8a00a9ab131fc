/**
 * A hook of type.__call__ (type.ts's typeCall), in a module of its own because
 * exceptions-base.ts, which sets it, loads before type.ts has finished loading.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';

/**
 * A BaseException subclass called with positional arguments only, when its `__new__` and
 * `__init__` are BaseException's own (KeyError(k), a `class MyError(Exception): pass`): the
 * instance with `args` made directly, as __new__ then __init__ would, without their lookups and
 * two native calls (most of the cost of `raise KeyError(k)` after the traceback). NULL when
 * `cls` is not such a class. Set by exceptions-base.ts.
 */
export const exceptionCall: { make: (cls: Ref, argv: number, argc: number) => Value } = { make: () => NULL };
