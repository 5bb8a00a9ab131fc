/**
 * The names CPython's site module adds to builtins that programs use:
 * exit() and quit() (raise SystemExit(code), as site's Quitter; these are
 * builtin functions rather than Quitter instances, so their repr differs).
 */
import { dictSet, newDict } from '../objects/dict.js';
import { EXC_DICT, newExceptionWithArgs } from '../objects/exceptions.js';
import { intern } from '../objects/intern.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { newTuple } from '../objects/tuple.js';
import { setField } from '../objects/typeobject.js';
import { raise, raiseObject } from '../vm/errors.js';
import { argAt, kwCount } from './builtins-args.js';

for (const name of ['exit', 'quit']) {
  defineFunction('builtins', name, (_s, argv, argc, kwnames) => {
    const nkw = kwCount(kwnames);
    if (nkw > 0) throw raise(E.TypeError, `Quitter.__call__() got an unexpected keyword argument`);
    if (argc > 1) {
      throw raise(E.TypeError, `Quitter.__call__() takes from 1 to 2 positional arguments but ${argc + 1} were given`);
    }
    const code = argc === 0 ? S.None : argAt(argv, 0);
    const exc = newExceptionWithArgs(E.SystemExit, argc === 0 ? newTuple([]) : newTuple([code]));
    const d = newDict();
    setField(exc, EXC_DICT, d);
    dictSet(d, intern('code'), code);
    throw raiseObject(exc);
  });
}
