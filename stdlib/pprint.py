"""Pretty-printing of Python data: pprint, pformat, pp, PrettyPrinter, saferepr.

gilvm's stdlib, written for gilvm. The layout (where lines break, how far the
continuation lines are indented, how long strings and bytes are cut into
implicit concatenations) is CPython 3.12's; the structure is our own: a flat
one-line renderer (`_Printer._oneline`) that also tracks readability and
recursion, and a block renderer (`_Printer._block`) that falls back to
per-container layouts chosen by which class defines the object's __repr__.
"""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


# ---------------------------------------------------------------------------
# Module-level conveniences

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of object, and a newline, to stream (default sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty form of object as a str."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts kept in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object that survives recursive containers."""
    return PrettyPrinter()._oneline(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval() of saferepr(object) could rebuild it."""
    return PrettyPrinter()._oneline(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._oneline(object, {}, None, 0)[2]


# ---------------------------------------------------------------------------
# Sorting keys that never raise: values that cannot be compared with `<`
# are ordered by their type's name, then by identity.

class _Sortable:
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a = self.value
        b = other.value
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _item_key(pair):
    return (_Sortable(pair[0]), _Sortable(pair[1]))


def _sorted_items(mapping):
    return sorted(mapping.items(), key=_item_key)


def _recursion_marker(obj):
    return f"<Recursion on {type(obj).__name__} with id={id(obj)}>"


def _repr_owner(cls):
    """The class in cls's MRO whose own namespace defines __repr__."""
    for klass in cls.__mro__:
        if '__repr__' in klass.__dict__:
            return klass
    return object


def _words(line):
    """Cut line into pieces, each a run of non-blanks followed by its blanks."""
    pieces = []
    start = 0
    n = len(line)
    i = 0
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        pieces.append(line[start:i])
        start = i
    return pieces


def _pack(chunks, limit, tail_allowance, last_is_final):
    """Greedily join chunks into runs whose repr fits limit (the final run:
    limit - tail_allowance when last_is_final); returns the runs' reprs."""
    runs = []
    current = chunks[0][:0] if chunks else ''
    final_index = len(chunks) - 1
    for k, chunk in enumerate(chunks):
        room = limit
        if last_is_final and k == final_index:
            room -= tail_allowance
        joined = current + chunk
        if len(repr(joined)) > room:
            if current:
                runs.append(repr(current))
            current = chunk
        else:
            current = joined
    if current:
        runs.append(repr(current))
    return runs


_NAMESPACE = type(_sys.implementation)   # types.SimpleNamespace

_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


def _checked_settings(indent, width, depth):
    """Validate the PrettyPrinter arguments; (indent, width) as ints."""
    problem = None
    if indent < 0:
        problem = 'indent must be >= 0'
    elif depth is not None and depth <= 0:
        problem = 'depth must be > 0'
    elif width == 0:
        problem = 'width must be != 0'
    if problem:
        raise ValueError(problem)
    return indent, width


class _Collector:
    """A write-only text sink for pformat."""
    __slots__ = ('parts',)

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return ''.join(self.parts)


class PrettyPrinter:
    """Formats objects in a width-limited, indented layout."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        step, columns = _checked_settings(int(indent), int(width), depth)
        self._indent_per_level = step
        self._width = columns
        self._depth = depth
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._stream = _sys.stdout if stream is None else stream
        self._readable, self._recursive = True, False

    # -- public API ----------------------------------------------------------

    def pprint(self, object):
        target = self._stream
        if target is None:      # no sys.stdout (pythonw): nothing to print on
            return
        target.write(self.pformat(object) + "\n")

    def pformat(self, object):
        sink = _Collector()
        self._block(object, sink, 0, 0, {}, 0)
        return sink.text()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr text, readable, recursive) for object; subclasses may override."""
        return self._oneline(object, context, maxlevels, level)

    # -- one-line rendering ---------------------------------------------------

    def _int_text(self, value):
        if self._underscore_numbers:
            return f"{value:_d}"
        return int.__repr__(value)

    def _oneline(self, obj, seen, maxlevels, level):
        cls = type(obj)
        if cls in _SCALARS:
            return repr(obj), True, False
        owner = _repr_owner(cls)
        if owner is int:
            return self._int_text(obj), True, False
        if owner is dict:
            if not obj:
                return '{}', True, False
            return self._oneline_seq(obj, seen, maxlevels, level, '{%s}', True)
        if owner is list:
            if not obj:
                return '[]', True, False
            return self._oneline_seq(obj, seen, maxlevels, level, '[%s]', False)
        if owner is tuple:
            if not obj:
                return '()', True, False
            shape = '(%s,)' if len(obj) == 1 else '(%s)'
            return self._oneline_seq(obj, seen, maxlevels, level, shape, False)
        text = repr(obj)
        return text, bool(text) and not text.startswith('<'), False

    # the name subclasses of CPython's PrettyPrinter call
    _safe_repr = _oneline

    def _oneline_seq(self, obj, seen, maxlevels, level, shape, mapping):
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in seen
        if key in seen:
            return _recursion_marker(obj), False, True
        seen[key] = 1
        readable = True
        recursive = False
        pieces = []
        level += 1
        if mapping:
            pairs = _sorted_items(obj) if self._sort_dicts else obj.items()
            for k, v in pairs:
                ktext, kok, krec = self.format(k, seen, maxlevels, level)
                vtext, vok, vrec = self.format(v, seen, maxlevels, level)
                pieces.append(f'{ktext}: {vtext}')
                readable = readable and kok and vok
                recursive = recursive or krec or vrec
        else:
            for item in obj:
                text, ok, rec = self.format(item, seen, maxlevels, level)
                pieces.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del seen[key]
        return shape % ', '.join(pieces), readable, recursive

    def _repr(self, obj, seen, level):
        text, readable, recursive = self.format(obj, seen.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    # -- block rendering ------------------------------------------------------

    def _block(self, obj, out, indent, allowance, seen, level):
        key = id(obj)
        if key in seen:
            out.write(_recursion_marker(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(obj, seen, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layout_for(obj)
            if layout is not None:
                seen[key] = 1
                layout(self, obj, out, indent, allowance, seen, level + 1)
                del seen[key]
                return
        out.write(text)

    def _layout_for(self, obj):
        cls = type(obj)
        owner = _repr_owner(cls)
        layout = _LAYOUTS.get(owner)
        if layout is not None:
            return layout
        extra = _late_layouts()
        layout = extra.get(owner)
        if layout is not None:
            return layout
        if hasattr(cls, '__dataclass_fields__') and not isinstance(obj, type):
            params = getattr(cls, '__dataclass_params__', None)
            if params is not None and params.repr and \
                    getattr(cls.__repr__, '__module__', None) == 'dataclasses':
                return PrettyPrinter._lay_dataclass
        return None

    def _pad(self, out):
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))

    def _lay_sequence(self, items, out, indent, allowance, seen, level):
        """Items separated by ',' and a newline (packed per line when compact)."""
        indent += self._indent_per_level
        self._pad(out)
        newline = ',\n' + ' ' * indent
        items = list(items)
        if not items:
            return
        full = self._width - indent + 1
        room = full
        sep = ''
        last = len(items) - 1
        for k, item in enumerate(items):
            if k == last:
                # the closing bracket must fit after the final item
                full -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, seen, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    out.write(sep)
                    sep = ', '
                    out.write(text)
                    continue
            out.write(sep)
            sep = newline
            self._block(item, out, indent, allowance if k == last else 1, seen, level)

    def _lay_pairs(self, pairs, out, indent, allowance, seen, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        last = len(pairs) - 1
        for k, (key, value) in enumerate(pairs):
            ktext = self._repr(key, seen, level)
            out.write(ktext)
            out.write(': ')
            self._block(value, out, indent + len(ktext) + 2,
                        allowance if k == last else 1, seen, level)
            if k != last:
                out.write(newline)

    def _lay_fields(self, pairs, out, indent, allowance, seen, level):
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        last = len(pairs) - 1
        for k, (name, value) in enumerate(pairs):
            out.write(name)
            out.write('=')
            if id(value) in seen:
                out.write('...')
            else:
                self._block(value, out, indent + len(name) + 1,
                            allowance if k == last else 1, seen, level)
            if k != last:
                out.write(newline)

    def _lay_dict(self, obj, out, indent, allowance, seen, level):
        out.write('{')
        self._pad(out)
        if len(obj):
            pairs = _sorted_items(obj) if self._sort_dicts else obj.items()
            self._lay_pairs(pairs, out, indent, allowance + 1, seen, level)
        out.write('}')

    def _lay_list(self, obj, out, indent, allowance, seen, level):
        out.write('[')
        self._lay_sequence(obj, out, indent, allowance + 1, seen, level)
        out.write(']')

    def _lay_tuple(self, obj, out, indent, allowance, seen, level):
        out.write('(')
        close = ',)' if len(obj) == 1 else ')'
        self._lay_sequence(obj, out, indent, allowance + len(close), seen, level)
        out.write(close)

    def _lay_set(self, obj, out, indent, allowance, seen, level):
        if not len(obj):
            out.write(repr(obj))
            return
        if type(obj) is set:
            out.write('{')
            close = '}'
        else:
            name = type(obj).__name__
            out.write(name + '({')
            close = '})'
            indent += len(name) + 1
        ordered = sorted(obj, key=_Sortable)
        self._lay_sequence(ordered, out, indent, allowance + len(close), seen, level)
        out.write(close)

    def _lay_str(self, obj, out, indent, allowance, seen, level):
        if not len(obj):
            out.write(repr(obj))
            return
        if level == 1:
            indent += 1
            allowance += 1
        limit = self._width - indent
        lines = obj.splitlines(True)
        final = len(lines) - 1
        pieces = []
        for k, line in enumerate(lines):
            text = repr(line)
            room = limit - allowance if k == final else limit
            if len(text) <= room:
                pieces.append(text)
            else:
                pieces.extend(_pack(_words(line), limit, allowance, k == final))
        if len(pieces) == 1:
            out.write(repr(obj))
            return
        if level == 1:
            out.write('(')
        out.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            out.write(')')

    def _lay_bytes(self, obj, out, indent, allowance, seen, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            out.write('(')
        quads = [obj[k:k + 4] for k in range(0, len(obj), 4)]
        # the allowance counts against the group starting at the last multiple
        # of 4 (so not at all when the length is a multiple of 4)
        runs = _pack_bytes(quads, self._width - indent, allowance, len(obj) // 4 * 4)
        out.write(('\n' + ' ' * indent).join(runs))
        if wrap:
            out.write(')')

    def _lay_bytearray(self, obj, out, indent, allowance, seen, level):
        out.write('bytearray(')
        self._lay_bytes(bytes(obj), out, indent + 10, allowance + 1, seen, level + 1)
        out.write(')')

    def _lay_mappingproxy(self, obj, out, indent, allowance, seen, level):
        out.write('mappingproxy(')
        self._block(obj.copy(), out, indent + 13, allowance + 1, seen, level)
        out.write(')')

    def _lay_namespace(self, obj, out, indent, allowance, seen, level):
        cls = type(obj)
        plain = cls is _NAMESPACE or _late.get(cls) is PrettyPrinter._lay_namespace
        name = 'namespace' if plain else cls.__name__
        out.write(name + '(')
        self._lay_fields(obj.__dict__.items(), out, indent + len(name) + 1,
                         allowance, seen, level)
        out.write(')')

    def _lay_dataclass(self, obj, out, indent, allowance, seen, level):
        import dataclasses
        name = type(obj).__name__
        shown = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        out.write(name + '(')
        self._lay_fields(shown, out, indent + len(name) + 1, allowance, seen, level)
        out.write(')')

    def _lay_ordereddict(self, obj, out, indent, allowance, seen, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        self._block(list(obj.items()), out, indent + len(name) + 1,
                    allowance + 1, seen, level)
        out.write(')')

    def _lay_defaultdict(self, obj, out, indent, allowance, seen, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        factory = self._repr(obj.default_factory, seen, level)
        indent += len(name) + 1
        out.write(f"{name}({factory},\n{' ' * indent}")
        self._lay_dict(obj, out, indent, allowance + 1, seen, level)
        out.write(')')

    def _lay_counter(self, obj, out, indent, allowance, seen, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '({')
        self._pad(out)
        self._lay_pairs(obj.most_common(), out, indent + len(name) + 1,
                        allowance + 2, seen, level)
        out.write('})')

    def _lay_chainmap(self, obj, out, indent, allowance, seen, level):
        maps = obj.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        indent += len(name) + 1
        last = len(maps) - 1
        for k, m in enumerate(maps):
            if k == last:
                self._block(m, out, indent, allowance + 1, seen, level)
                out.write(')')
            else:
                self._block(m, out, indent, 1, seen, level)
                out.write(',\n' + ' ' * indent)

    def _lay_deque(self, obj, out, indent, allowance, seen, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '([')
        indent += len(name) + 1
        if obj.maxlen is None:
            self._lay_sequence(obj, out, indent, allowance + 2, seen, level)
            out.write('])')
        else:
            self._lay_sequence(obj, out, indent, 2, seen, level)
            bound = self._repr(obj.maxlen, seen, level)
            out.write(f"],\n{' ' * indent}maxlen={bound})")

    def _lay_wrapped(self, obj, out, indent, allowance, seen, level):
        # UserDict, UserList, UserString print as the container they hold
        self._block(obj.data, out, indent, allowance, seen, level - 1)


def _pack_bytes(quads, limit, allowance, final_start):
    runs = []
    current = b''
    for k, quad in enumerate(quads):
        if k * 4 == final_start:
            limit -= allowance
        joined = current + quad
        if len(repr(joined)) > limit:
            if current:
                runs.append(repr(current))
            current = quad
        else:
            current = joined
    if current:
        runs.append(repr(current))
    return runs


_LAYOUTS = {
    dict: PrettyPrinter._lay_dict,
    list: PrettyPrinter._lay_list,
    tuple: PrettyPrinter._lay_tuple,
    set: PrettyPrinter._lay_set,
    frozenset: PrettyPrinter._lay_set,
    str: PrettyPrinter._lay_str,
    bytes: PrettyPrinter._lay_bytes,
    bytearray: PrettyPrinter._lay_bytearray,
    type(type.__dict__): PrettyPrinter._lay_mappingproxy,
    _NAMESPACE: PrettyPrinter._lay_namespace,
}

_late = {}
_late_from = [None, None]


def _late_layouts():
    """Layouts for the classes of collections and types (which pprint does
    not import itself): filled in once those modules are loaded."""
    coll = _sys.modules.get('collections')
    tys = _sys.modules.get('types')
    if coll is not _late_from[0] and coll is not None:
        _late_from[0] = coll
        for cname, fn in (('OrderedDict', PrettyPrinter._lay_ordereddict),
                          ('defaultdict', PrettyPrinter._lay_defaultdict),
                          ('Counter', PrettyPrinter._lay_counter),
                          ('ChainMap', PrettyPrinter._lay_chainmap),
                          ('deque', PrettyPrinter._lay_deque),
                          ('UserDict', PrettyPrinter._lay_wrapped),
                          ('UserList', PrettyPrinter._lay_wrapped),
                          ('UserString', PrettyPrinter._lay_wrapped)):
            cls = getattr(coll, cname, None)
            if cls is not None:
                _late[_repr_owner(cls)] = fn
    if tys is not _late_from[1] and tys is not None:
        _late_from[1] = tys
        cls = getattr(tys, 'SimpleNamespace', None)
        if cls is not None and cls is not _NAMESPACE:
            _late[cls] = PrettyPrinter._lay_namespace
    return _late
