/**
 * The builtins module's names that are not functions: the built-in types
 * and exception classes by name, the constants, and the module object
 * itself (sys.modules['builtins']). Installed when the heap is made.
 */
import { onAfterTypes } from '../objects/bootstrap-hooks.js';
import { dictSet } from '../objects/dict.js';
import { newModule } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { E, EXCEPTION_TYPES, S, T, type BuiltinTypeName } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS, ROOT_MODULES } from '../objects/roots.js';
import { newStr } from '../objects/str.js';

/** Built-in types that the builtins module names (CPython's bltinmodule.c SETBUILTIN list). */
export const BUILTIN_TYPES_BY_NAME: readonly BuiltinTypeName[] = [
  'type', 'object', 'str', 'dict', 'tuple', 'int', 'bool', 'float', 'complex', 'list', 'set', 'frozenset',
  'bytes', 'bytearray', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super', 'memoryview',
  'enumerate', 'zip', 'map', 'filter', 'reversed',
]; // prettier-ignore

onAfterTypes(() => {
  const d = rootGet(ROOT_BUILTINS);
  for (const name of BUILTIN_TYPES_BY_NAME) dictSet(d, intern(name), T[name]);
  for (const [name] of EXCEPTION_TYPES) dictSet(d, intern(name), E[name]);
  // Aliases kept by CPython for old code.
  dictSet(d, intern('EnvironmentError'), E.OSError);
  dictSet(d, intern('IOError'), E.OSError);
  dictSet(d, intern('None'), S.None);
  dictSet(d, intern('True'), S.True);
  dictSet(d, intern('False'), S.False);
  dictSet(d, intern('Ellipsis'), S.Ellipsis);
  dictSet(d, intern('NotImplemented'), S.NotImplemented);
  dictSet(d, intern('__debug__'), S.True);
  dictSet(
    d,
    intern('__doc__'),
    newStr(
      'Built-in functions, types, exceptions, and other objects.\n\n' +
        'This module provides direct access to all \'built-in\'\n' +
        'identifiers of Python; for example, builtins.len is\n' +
        'the full name for the built-in function len().\n\n' +
        'This module is not normally accessed explicitly by most\n' +
        'applications, but can be useful in modules that provide\n' +
        'objects with the same name as a built-in value, but in\n' +
        'which the built-in value itself is needed.',
    ),
  );
  dictSet(d, intern('__package__'), S.emptyStr);
  dictSet(d, intern('__spec__'), S.None);
  dictSet(d, intern('__loader__'), S.None);
  const mod = newModule('builtins', d);
  dictSet(rootGet(ROOT_MODULES), intern('builtins'), mod);
});
