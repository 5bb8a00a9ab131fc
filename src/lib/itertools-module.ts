/**
 * The `itertools` module: its types (src/lib/itertools-basic.ts,
 * itertools-group.ts, itertools-combinatoric.ts) and tee(), as CPython's C
 * module names them.
 */
import { dictSet } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { T, type BuiltinTypeName } from '../objects/registry.js';
import { defineBuiltinModule } from './import-registry.js';
import './itertools-basic.js';
import './itertools-group.js';
import './itertools-combinatoric.js';

const TYPES: BuiltinTypeName[] = [
  'itertools.accumulate', 'itertools.batched', 'itertools.chain', 'itertools.combinations',
  'itertools.combinations_with_replacement', 'itertools.compress', 'itertools.count', 'itertools.cycle',
  'itertools.dropwhile', 'itertools.filterfalse', 'itertools.groupby', 'itertools.islice',
  'itertools.pairwise', 'itertools.permutations', 'itertools.product', 'itertools.repeat',
  'itertools.starmap', 'itertools.takewhile', 'itertools.zip_longest', 'itertools._grouper',
  'itertools._tee', 'itertools._tee_dataobject',
]; // prettier-ignore

defineBuiltinModule(
  'itertools',
  'Iterators for efficient looping: infinite counters and repeaters, iterators that filter, ' +
    'slice, group and combine other iterators, and the combinatoric generators.',
  (d) => {
    for (const name of TYPES) dictSet(d, intern(name.slice('itertools.'.length)), T[name]);
  },
);
