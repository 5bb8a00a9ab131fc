/**
 * builtins.__import__ (the import system is src/lib/import.ts).
 */
import { NULL, type Value } from '../heap/layout.js';
import { dictGetStr } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { hasIndex, indexOf, intToNumber } from '../objects/list-args.js';
import { defineFunction, nativeIdOf, nativeNames } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS } from '../objects/roots.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { parseClinic } from './builtins-args.js';
import { importModuleLevel, setOriginalImport } from './import.js';

const importOut: Value[] = [];
defineFunction('builtins', '__import__', (_s, argv, argc, kwnames) => {
  parseClinic('__import__', argv, argc, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level'], 0, 1, [], importOut);
  const [name, globals, , fromlist, levelV] = importOut;
  let level = 0;
  if (levelV !== NULL) {
    if (!hasIndex(levelV!)) throw raise(E.TypeError, `'${typeNameOf(levelV!)}' object cannot be interpreted as an integer`);
    level = intToNumber(indexOf(levelV!));
  }
  const g = globals === NULL || globals === S.None ? NULL : globals!;
  if (g !== NULL && !((g & 1) === 0 && isSubtype(typeOf(g), T.dict))) {
    if (level > 0) throw raise(E.TypeError, 'globals must be a dict');
  }
  return importModuleLevel(name!, g !== NULL && (g & 1) === 0 && isSubtype(typeOf(g), T.dict) ? g : NULL, fromlist === NULL ? NULL : fromlist!, level);
});

// The builtins.__import__ made with the heap is the one IMPORT_NAME may bypass: found by its
// native id, so a program's replacement (builtins.__import__ = f) is still honoured.
setOriginalImport(() => {
  const f = dictGetStr(rootGet(ROOT_BUILTINS), intern('__import__'));
  return f !== NULL && (f & 1) === 0 && typeOf(f) === T.builtin_function_or_method && nativeNames[nativeIdOf(f)] === 'builtins.__import__' ? f : NULL;
});
