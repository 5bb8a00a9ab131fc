/**
 * What CPython's default unraisable hook prints for an exception that nothing
 * can catch (a generator closed by the runtime, an atexit callback):
 * "`message`: repr(obj)", then the traceback and the exception without its
 * chain. The exception in flight is taken and cleared; the program goes on.
 * A sys.unraisablehook the program set gets the exception instead, as in CPython.
 */
import { NULL, type Value } from '../heap/layout.js';
import { EXC_CAUSE, EXC_CONTEXT } from '../objects/exceptions.js';
import { strValue } from '../objects/str.js';
import { getField, setField } from '../objects/typeobject.js';
import { repr } from './abstract.js';
import { PY_ERROR } from './errors.js';
import { flushStdout, writeStderr } from './stdio.js';
import { getCurrentException, getHandle, handleCount, pushHandle, releaseHandles, setCurrentException } from './thread-state.js';
import { formatException } from './traceback.js';

/**
 * Calls sys.unraisablehook when the program has replaced it (src/lib/sys-extra.ts sets this):
 * true when it did, false when the default report below should be written.
 */
type UserHookCaller = (message: string, obj: Value, exc: Value) => boolean;
let callUserHook: UserHookCaller | null = null;
export function setUnraisableHookCaller(fn: UserHookCaller): void {
  callUserHook = fn;
}

export function writeUnraisable(message: string, obj: Value): void {
  const mark = handleCount();
  try {
    const h = pushHandle(getCurrentException());
    pushHandle(obj);
    setCurrentException(NULL);
    if (callUserHook !== null && callUserHook(message, obj, getHandle(h))) return;
    let where: string;
    try {
      where = strValue(repr(obj));
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      setCurrentException(NULL);
      where = '<object repr() failed>';
    }
    const exc = getHandle(h);
    const context = getField(exc, EXC_CONTEXT);
    const cause = getField(exc, EXC_CAUSE);
    setField(exc, EXC_CONTEXT, NULL);
    setField(exc, EXC_CAUSE, NULL);
    let text: string;
    try {
      text = formatException(exc);
    } finally {
      setField(exc, EXC_CONTEXT, context);
      setField(exc, EXC_CAUSE, cause);
    }
    flushStdout();
    writeStderr(`${message}: ${where}\n${text}`);
  } finally {
    releaseHandles(mark);
  }
}
