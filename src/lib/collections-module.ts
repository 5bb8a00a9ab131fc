/**
 * The `_collections` module: the built-in types that collections/__init__.py
 * (stdlib/) imports — deque and its iterators (collections-deque.ts), and the
 * namedtuple field descriptor _tuplegetter (collections-tuplegetter.ts).
 */
import { dictSet } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { T } from '../objects/registry.js';
import { defineBuiltinModule } from './import-registry.js';
import './collections-deque.js';
import './collections-tuplegetter.js';

defineBuiltinModule('_collections', 'High performance data structures (the built-in half of collections).', (dict) => {
  dictSet(dict, intern('deque'), T['collections.deque']);
  dictSet(dict, intern('_deque_iterator'), T['collections._deque_iterator']);
  dictSet(dict, intern('_deque_reverse_iterator'), T['collections._deque_reverse_iterator']);
  dictSet(dict, intern('_tuplegetter'), T['collections._tuplegetter']);
});
