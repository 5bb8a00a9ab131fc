/**
 * The main thread's half of os.chdir (src/lib/os-cwd.ts): change the
 * process's directory for the worker and wake it with the errno (0: done).
 */
import { constants } from 'node:os';

export function answerChdir(path: string, reply: SharedArrayBuffer): void {
  const words = new Int32Array(reply);
  let errno = 0;
  try {
    process.chdir(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    errno = (code !== undefined ? (constants.errno as Record<string, number>)[code] : undefined) ?? 5;
  }
  words[1] = errno;
  Atomics.store(words, 0, 1);
  Atomics.notify(words, 0);
}
