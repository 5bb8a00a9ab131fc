"""importlib's public functions: import_module, reload and invalidate_caches.

gilvm's stdlib: written for gilvm, not copied from CPython. gilvm's import system is native
(src/lib/import.ts), so these are thin: import_module resolves a relative name and imports
through __import__, reload runs a module's source again in the module's own namespace.
importlib.util, importlib.machinery, importlib.resources and importlib.metadata are not
provided yet.
"""

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import sys

__import__ = __import__


def _resolve_name(name, package, level):
    """The absolute name of a relative import of `name`, `level` dots up from `package`."""
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')
    if level == 0:
        return name
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module by name and return it (not its top-level package, as __import__ does).

    A name starting with dots is relative to `package`, which is then required."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    absolute = _resolve_name(name[level:], package, level)
    module = sys.modules.get(absolute, _MISSING)
    if module is None:
        raise ModuleNotFoundError('import of {} halted; None in sys.modules'.format(absolute), name=absolute)
    if module is _MISSING:
        __import__(absolute)
        module = sys.modules[absolute]
    return module


_MISSING = object()


def invalidate_caches():
    """Forget what the finders cached about folders: gilvm's import keeps no such cache."""


def reload(module):
    """Run the module's source again in its namespace (the same module object) and return it."""
    import types
    if not module or not isinstance(module, types.ModuleType):
        raise TypeError("reload() argument must be a module")
    try:
        name = module.__spec__.name
    except AttributeError:
        name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent = name.rpartition('.')[0]
    if parent and parent not in sys.modules:
        raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
    spec = getattr(module, '__spec__', None)
    origin = getattr(spec, 'origin', None)
    if origin is None or not getattr(spec, 'has_location', origin.endswith('.py')):
        return module  # a built-in module: nothing to run again
    with open(origin, 'rb') as f:
        source = f.read()
    exec(compile(source, origin, 'exec'), module.__dict__)
    return sys.modules[name]
