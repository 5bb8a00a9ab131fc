/**
 * Generators and coroutines: a function's frame kept between resumptions.
 *
 *     generator / coroutine body (values):
 *     | frame | code | name | qualname | state | yieldfrom | frameobj | loop |
 *
 *   frame      valuearray holding the generator's frame (src/vm/frame.ts
 *              layout; every frame word is a value, so the collector traces it
 *              like any other array, running or not). RETURN_GENERATOR copies
 *              the header words from F_CODE to F_SP, the locals and the value
 *              stack into it; from then on the frame runs there. F_PREV,
 *              F_FLAGS, F_GEN and the stack-chunk links are set at each
 *              resumption and mean nothing while it is suspended.
 *   state      small int: GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED
 *   yieldfrom  the iterator being delegated to while suspended in `yield from`/`await`, or NULL
 *   frameobj   the frame object gi_frame/cr_frame/ag_frame handed out (src/objects/frame-object.ts), or NULL
 *   loop       small int 1 when the generator went from its creating call straight to a `for`
 *              loop's GET_ITER: the loop's stack slot is then its only reference (see
 *              src/vm/generator-finalize.ts, closeLoopGenerator), else 0 (NULL at first)
 *
 * Resuming makes that frame the thread's current one, in place (genEnter):
 * genResume runs it in a nested run of the dispatch loop (an entry frame), a
 * `for` loop's FOR_ITER in its own run (genEnterForLoop). YIELD_VALUE pops it
 * back off the chain of frames; nothing is copied either way.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { copyWords } from '../heap/memory.js';
import { freeThreading } from '../vm/object-lock.js';
import { newValueArray, valueArrayBase } from './arrays.js';
import { CO_NAME, CO_NLOCALSPLUS, CO_QUALNAME, codeBytecodeAddress } from './code.js';
import { FN_NAME, FN_QUALNAME } from './function.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { declareSlots, getField, setField, TPF_HEAPTYPE, typeFlags } from './typeobject.js';
import { typeOf, isSubtype } from './typecheck.js';
import { defineMethod } from './native.js';
import { newExceptionWithArgs } from './exceptions.js';
import { newTuple } from './tuple.js';
import { call0, call1 } from '../vm/call.js';
import { noteGeneratorCode } from '../vm/closable-code.js';
import { PY_ERROR, raise, raiseObject } from '../vm/errors.js';
import { F_IP, F_CODE, F_ENTRY, F_FLAGS, F_GEN, F_LOCALSPLUS, F_PREV, F_SP, adoptFrameInPlace, frameWords } from '../vm/frame.js';
import { genHooks, run } from '../vm/interpreter.js';
import { currentFrame, getCurrentException, getDepth, handleCount, pushHandle, releaseHandles, setCurrentException, setCurrentFrame, setDepth } from '../vm/thread-state.js';
import { getAttr, lookupType } from '../vm/attributes.js';
import { intern } from './intern.js';
import { iterNext, typeNameOf } from '../vm/abstract.js';

export const GEN_FRAME = 0;
export const GEN_CODE = 1;
export const GEN_NAME = 2;
export const GEN_QUALNAME = 3;
export const GEN_STATE = 4;
export const GEN_YIELDFROM = 5;
export const GEN_FRAMEOBJ = 6;
export const GEN_LOOP = 7;
const GEN_WORDS = 8;

export const GEN_CREATED = 0;
export const GEN_SUSPENDED = 1;
export const GEN_RUNNING = 2;
export const GEN_CLOSED = 3;

/**
 * Make the generator for the frame at word index `f` whose live words end
 * at `end` (RETURN_GENERATOR). `type` is T.generator or T.coroutine.
 */
export function newGenerator(type: Ref, f: number, end: number, func: Ref): Ref {
  const code = i32[f + F_CODE]!;
  noteGeneratorCode(code);
  const storage = newValueArray(frameWords(code));
  const g = allocate(type, HEADER_BYTES + GEN_WORDS * 4, false);
  // The saved frame's words (see the layout above).
  const base = valueArrayBase(storage);
  copyWords(base + F_CODE, f + F_CODE, F_SP + 1 - F_CODE);
  copyWords(base + F_LOCALSPLUS, f + F_LOCALSPLUS, end - f - F_LOCALSPLUS);
  setField(g, GEN_FRAME, storage);
  setField(g, GEN_CODE, code);
  setField(g, GEN_NAME, func !== NULL ? getField(func, FN_NAME) : getField(code, CO_NAME));
  setField(g, GEN_QUALNAME, func !== NULL ? getField(func, FN_QUALNAME) : getField(code, CO_QUALNAME));
  setField(g, GEN_STATE, fromSmallInt(GEN_CREATED));
  return g;
}

function state(g: Ref): number {
  return smallIntValue(getField(g, GEN_STATE));
}
function setState(g: Ref, s: number): void {
  setField(g, GEN_STATE, fromSmallInt(s));
}

/** The return value of the generator that last finished in genResume. */
let lastReturn: Value = NULL;

/**
 * Resume `g`: send `value` (or, when `throwing`, raise the exception already
 * set in the thread state at the suspension point). Returns the yielded
 * value, or NULL when the generator returned (its value: takeReturnValue()).
 * An exception escaping the generator propagates (PY_ERROR).
 */
export function genResume(g: Ref, value: Value, throwing: boolean): Value {
  const st = state(g);
  const isCoro = typeOf(g) === T.coroutine;
  if (st === GEN_RUNNING) {
    throw raise(E.ValueError, isCoro ? 'coroutine already executing' : 'generator already executing');
  }
  if (st === GEN_CLOSED) {
    if (isCoro && !throwing) throw raise(E.RuntimeError, 'cannot reuse already awaited coroutine');
    if (throwing) throw PY_ERROR;
    lastReturn = S.None;
    return NULL;
  }
  if (st === GEN_CREATED && value !== S.None && !throwing) {
    const what = isCoro ? 'coroutine' : 'generator';
    throw raise(E.TypeError, `can't send non-None value to a just-started ${what}`);
  }
  // Claimed with a compare-and-swap in free-threading mode: another thread may resume the same
  // generator at the same moment, and exactly one of them may run its frame. Under the GIL the
  // state read above cannot change before this store.
  const stateWord = (g >> 2) + HEADER_WORDS + GEN_STATE;
  if (!freeThreading()) i32[stateWord] = fromSmallInt(GEN_RUNNING);
  else if (Atomics.compareExchange(i32, stateWord, fromSmallInt(st), fromSmallInt(GEN_RUNNING)) !== fromSmallInt(st)) {
    throw raise(E.ValueError, isCoro ? 'coroutine already executing' : 'generator already executing');
  }
  const addr = genEnter(g, st, F_ENTRY, throwing ? NULL : value);
  let r: Value;
  try {
    r = run(addr, throwing);
  } catch (e) {
    setState(g, GEN_CLOSED);
    throw e;
  }
  if (genHooks.yielded) {
    genHooks.yielded = false;
    return r;
  }
  setState(g, GEN_CLOSED);
  lastReturn = r;
  return NULL;
}

/**
 * Make the frame of `g` (claimed already: its state is GEN_RUNNING, `st` the state it had) the
 * current frame, with `flags`, where it lies: in the generator's own storage, not copied onto
 * the thread's stack. `value` (NULL: none) is pushed onto its stack, the value of the `yield`
 * it resumes at. Returns the frame's byte address.
 */
function genEnter(g: Ref, st: number, flags: number, value: Value): number {
  const w = valueArrayBase(getField(g, GEN_FRAME));
  try {
    adoptFrameInPlace(w);
  } catch (e) {
    setState(g, st);
    throw e;
  }
  i32[w + F_PREV] = fromSmallInt(currentFrame() >> 3);
  i32[w + F_FLAGS] = fromSmallInt(flags);
  i32[w + F_GEN] = g;
  if (value !== NULL) {
    const sp = i32[w + F_SP]! >> 1;
    i32[w + F_LOCALSPLUS + (getField(getField(g, GEN_CODE), CO_NLOCALSPLUS) >> 1) + sp] = value;
    i32[w + F_SP] = fromSmallInt(sp + 1);
  }
  const addr = w << 2;
  setCurrentFrame(addr);
  setDepth(getDepth() + 1);
  return addr;
}

/**
 * FOR_ITER over a generator: resume `g` as a frame of the running dispatch loop, not in a run
 * of its own (CPython's FOR_ITER_GEN). Its `yield` pops back to the loop with the value, and
 * its return makes the loop's exit (F_GENLOOP and the jump in `flags`, see frame.ts). Returns
 * the frame's byte address, or 0 when `g` cannot be resumed so (running or closed: the loop
 * takes the usual path, which raises or ends).
 */
export function genEnterForLoop(g: Ref, flags: number): number {
  const stateWord = (g >> 2) + HEADER_WORDS + GEN_STATE;
  const st = i32[stateWord]!;
  if (st !== fromSmallInt(GEN_SUSPENDED) && st !== fromSmallInt(GEN_CREATED)) return 0;
  if (!freeThreading()) i32[stateWord] = fromSmallInt(GEN_RUNNING);
  else if (Atomics.compareExchange(i32, stateWord, st, fromSmallInt(GEN_RUNNING)) !== st) return 0;
  return genEnter(g, st >> 1, flags, S.None);
}

/** A generator's frame ended (returned, or an exception left it): the generator is done. */
export function genFinished(g: Ref): void {
  setState(g, GEN_CLOSED);
}

export function takeReturnValue(): Value {
  const v = lastReturn;
  lastReturn = NULL;
  return v;
}

/** Called by YIELD_VALUE: `g`'s frame (its own storage, ip and sp saved there) is suspended. */
export function genSuspend(g: Ref): void {
  setState(g, GEN_SUSPENDED);
}

/** StopIteration(value) raised, as `next()` and `send()` report a return. */
function raiseStopIteration(value: Value): typeof PY_ERROR {
  const args = value === S.None ? newTuple([]) : newTuple([value]);
  const exc = newExceptionWithArgs(E.StopIteration, args);
  return raiseObject(exc);
}

function send(g: Ref, value: Value): Value {
  const r = genResume(g, value, false);
  if (r === NULL) throw raiseStopIteration(takeReturnValue());
  return r;
}

/** gen.throw(exc): raise exc inside the generator at its suspension point. */
function throwInto(g: Ref, typ: Value, val: Value): Value {
  let exc: Value;
  if ((typ & 1) === 0 && typeOf(typ) !== NULL && isSubtype(typeOf(typ), T.type)) {
    exc = val === NULL || val === S.None ? call0(typ) : isSubtype(typeOf(val), typ) ? val : call1(typ, val);
  } else {
    exc = typ;
  }
  if ((exc & 1) !== 0 || !isSubtype(typeOf(exc), E.BaseException)) {
    throw raise(E.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + typeNameOf(exc));
  }
  if (state(g) === GEN_CREATED) {
    // Never started: the exception is raised "at the start" and ends it.
    setState(g, GEN_CLOSED);
    throw raiseObject(exc);
  }
  const r = throwValue(g, exc);
  if (r === NULL) throw raiseStopIteration(takeReturnValue());
  return r;
}

/**
 * The iterator `g` delegates to while suspended in `yield from` / `await`
 * (CPython's _PyGen_yf): the saved frame's next instruction is RESUME with
 * argument 2 or 3, and the delegate is on top of its stack. NULL if none.
 */
function delegateOf(g: Ref): Value {
  if (state(g) !== GEN_SUSPENDED) return NULL;
  const storage = getField(g, GEN_FRAME);
  const base = valueArrayBase(storage);
  const code = getField(g, GEN_CODE);
  const ip = i32[base + F_IP]! >> 1;
  const bytecode = codeBytecodeAddress(code);
  if (u8[bytecode + ip] !== 151 /* RESUME */ || u8[bytecode + ip + 1]! < 2) return NULL;
  const sp = i32[base + F_SP]! >> 1;
  if (sp < 1) return NULL;
  return i32[base + F_LOCALSPLUS + (getField(code, CO_NLOCALSPLUS) >> 1) + sp - 1]!;
}

/**
 * Throw `exc` into `g`, first into its delegate when it has one, as CPython's
 * gen_throw: a value the delegate yields is yielded; when the delegate
 * finishes with StopIteration(v), `g` continues after its `yield from` with
 * v; any other exception is raised in `g` at its suspension point. Returns the
 * yielded value or NULL when `g` returned.
 */
function throwValue(g: Ref, exc: Value): Value {
  const yf = delegateOf(g);
  if (yf !== NULL && (typeOf(yf) === T.generator || typeOf(yf) === T.coroutine)) {
    const mark = handleCount();
    pushHandle(g);
    pushHandle(exc);
    let inner: Value;
    try {
      inner = throwValue(yf, exc);
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      const err = getCurrentException();
      if (!isSubtype(typeOf(err), E.StopIteration)) {
        releaseHandles(mark);
        return genResume(g, S.None, true);
      }
      setCurrentException(NULL);
      releaseHandles(mark);
      return resumeAfterDelegation(g, stopIterationValue(err));
    }
    releaseHandles(mark);
    if (inner !== NULL) return inner;
    return resumeAfterDelegation(g, takeReturnValue());
  }
  setCurrentException(exc);
  return genResume(g, S.None, true);
}

/** The delegate finished with `value`: continue `g` at its SEND loop's exit (END_SEND) with it. */
function resumeAfterDelegation(g: Ref, value: Value): Value {
  const storage = getField(g, GEN_FRAME);
  const base = valueArrayBase(storage);
  const code = getField(g, GEN_CODE);
  const ip = i32[base + F_IP]! >> 1;
  const bytecode = codeBytecodeAddress(code);
  // ip is the RESUME after YIELD_VALUE; SEND is just before YIELD_VALUE, its jump counts from YIELD_VALUE.
  const sendAt = ip - 4;
  const target = sendAt + 2 + u8[bytecode + sendAt + 1]! * 2;
  i32[base + F_IP] = fromSmallInt(target);
  return genResume(g, value, false);
}

/** gen.close() (also frame.clear() on a suspended generator's frame). */
export function genClose(g: Ref): Value {
  const st = state(g);
  if (st === GEN_CLOSED || st === GEN_CREATED) {
    setState(g, GEN_CLOSED);
    return S.None;
  }
  // As CPython's gen_close: the delegate of a `yield from` is closed first.
  const yf = delegateOf(g);
  if (yf !== NULL && (typeOf(yf) === T.generator || typeOf(yf) === T.coroutine)) {
    const mark = handleCount();
    pushHandle(g);
    try {
      genClose(yf);
    } finally {
      releaseHandles(mark);
    }
  }
  setCurrentException(newExceptionWithArgs(E.GeneratorExit, newTuple([])));
  try {
    const r = genResume(g, S.None, true);
    if (r !== NULL) throw raise(E.RuntimeError, 'generator ignored GeneratorExit');
    return S.None;
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    const exc = getCurrentException();
    if (isSubtype(typeOf(exc), E.GeneratorExit) || isSubtype(typeOf(exc), E.StopIteration)) {
      setCurrentException(NULL);
      return S.None;
    }
    throw e;
  }
}

function reprGen(self: Value, what: string): Ref {
  return newStr(`<${what} object ${strValue(getField(self, GEN_QUALNAME))} at 0x${(self >>> 0).toString(16).padStart(12, '0')}>`);
}

declareSlots('generator', {
  iter: (self) => self,
  // Exhausted: NULL, the return value left for takeReturnValue() (next() reports it).
  next: (self) => genResume(self, S.None, false),
  repr: (self) => reprGen(self, 'generator'),
});
declareSlots('coroutine', {
  repr: (self) => reprGen(self, 'coroutine'),
});

for (const owner of ['generator', 'coroutine']) {
  defineMethod(owner, 'send', (self, argv, argc) => {
    if (argc !== 1) throw raise(E.TypeError, `${owner}.send() takes exactly one argument (${argc} given)`);
    return send(self, i32[argv]!);
  });
  defineMethod(owner, 'throw', (self, argv, argc) => {
    if (argc < 1 || argc > 3) throw raise(E.TypeError, `throw expected at least 1 argument, got ${argc}`);
    return throwInto(self, i32[argv]!, argc > 1 ? i32[argv + 1]! : NULL);
  });
  defineMethod(owner, 'close', (self) => genClose(self));
}
defineMethod('coroutine', '__await__', (self) => newCoroutineWrapper(self));

/** coro.__await__(): an iterator over the coroutine (a coroutine_wrapper). */
function newCoroutineWrapper(coro: Ref): Ref {
  const w = allocate(T.coroutine_wrapper, HEADER_BYTES + 4, false);
  setField(w, 0, coro);
  return w;
}
declareSlots('coroutine_wrapper', {
  iter: (self) => self,
  next: (self) => {
    const coro = getField(self, 0);
    const r = genResume(coro, S.None, false);
    if (r === NULL) throw raiseStopIteration(takeReturnValue());
    return r;
  },
});
defineMethod('coroutine_wrapper', 'send', (self, argv) => send(getField(self, 0), i32[argv]!));
defineMethod('coroutine_wrapper', 'throw', (self, argv, argc) =>
  throwInto(getField(self, 0), i32[argv]!, argc > 1 ? i32[argv + 1]! : NULL),
);
defineMethod('coroutine_wrapper', 'close', (self) => genClose(getField(self, 0)));

/**
 * `yield from` / `await` delegation for SEND: resume `receiver` with `value`;
 * NULL when it finished, its return value left for takeReturnValue(). As
 * CPython's SEND, any other iterator is advanced with __next__ (send() when
 * the value is not None), and StopIteration carries the return value.
 */
export function sendTo(receiver: Value, value: Value): Value {
  const t = typeOf(receiver);
  if (t === T.generator || t === T.coroutine) return genResume(receiver, value, false);
  try {
    if (value !== S.None) return call1(getAttr(receiver, intern('send')), value);
    // A class's next slot drops StopIteration's value: call its __next__ itself.
    if ((typeFlags(t) & TPF_HEAPTYPE) !== 0 && lookupType(t, intern('__next__')) !== NULL) {
      return call0(getAttr(receiver, intern('__next__')));
    }
    const r = iterNext(receiver);
    if (r === NULL) lastReturn = S.None;
    return r;
  } catch (e) {
    if (e === PY_ERROR && isSubtype(typeOf(getCurrentException()), E.StopIteration)) {
      lastReturn = stopIterationValue(getCurrentException());
      setCurrentException(NULL);
      return NULL;
    }
    throw e;
  }
}

import { EXC_ARGS } from './exceptions.js';
import { tupleGet, tupleLength } from './tuple.js';
/** StopIteration's value: args[0], or None. */
export function stopIterationValue(exc: Ref): Value {
  const args = getField(exc, EXC_ARGS);
  return tupleLength(args) > 0 ? tupleGet(args, 0) : S.None;
}

// ---- attributes ----------------------------------------------------------------------------
import { defineGetSet, defineGetter } from './descriptors-getset.js';
for (const [owner, prefix] of [['generator', 'gi'], ['coroutine', 'cr'], ['async_generator', 'ag']] as const) {
  defineGetSet(owner, '__name__', (self) => getField(self, GEN_NAME), (self, v) => {
    if (v === NULL || typeOf(v) !== T.str) throw raise(E.TypeError, '__name__ must be set to a string object');
    setField(self, GEN_NAME, v);
  });
  defineGetSet(owner, '__qualname__', (self) => getField(self, GEN_QUALNAME), (self, v) => {
    if (v === NULL || typeOf(v) !== T.str) throw raise(E.TypeError, '__qualname__ must be set to a string object');
    setField(self, GEN_QUALNAME, v);
  });
  defineGetter(owner, `${prefix}_running`, (self) => (state(self) === GEN_RUNNING ? S.True : S.False));
  defineGetter(owner, `${prefix}_suspended`, (self) => (state(self) === GEN_SUSPENDED ? S.True : S.False));
  defineGetter(owner, `${prefix}_code`, (self) => getField(self, GEN_CODE));
}
