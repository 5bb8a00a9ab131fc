"""Classes whose __init__, __repr__, __eq__ (and more) are made from annotated fields.

gilvm's stdlib: written for gilvm, not copied from CPython. The generated methods are
compiled from source text (exec), so their signatures and argument errors are those of
ordinary functions.
"""

import sys as _sys
from types import MappingProxyType as _MappingProxy, GenericAlias as _GenericAlias, \
    FunctionType as _FunctionType

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised on assignment to a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    """The type of MISSING: 'no value given', where None is a legitimate value."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY."""


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    def __repr__(self):
        return '<factory>'


_HAS_FACTORY = _FactoryMarker()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT = '__post_init__'

_EMPTY_METADATA = _MappingProxy({})


class _FieldKind:
    """Which of the three kinds of annotated names a Field is."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class InitVar:
    """Annotation for an __init__-only argument passed on to __post_init__, not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        inner = self.type
        return 'dataclasses.InitVar[%s]' % (inner.__name__ if isinstance(inner, type) else repr(inner))

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD_OPTIONS = ('default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata',
                  'kw_only')


def _forward_set_name(obj, owner, name):
    """A descriptor used as a field's default is told its name, as a class attribute is."""
    hook = getattr(type(obj), '__set_name__', None)
    if hook is not None:
        hook(obj, owner, name)


class Field:
    """What field() returns; dataclass() fills in name and type."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        spec = dict(zip(_FIELD_OPTIONS, (default, default_factory, init, repr, hash, compare,
                                         metadata, kw_only)))
        spec['metadata'] = _EMPTY_METADATA if metadata is None else _MappingProxy(metadata)
        spec.update(name=None, type=None, _field_type=None)
        for attr, value in spec.items():
            setattr(self, attr, value)

    def __repr__(self):
        parts = ','.join(f'{n}={getattr(self, n)!r}' for n in
                         ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                          'compare', 'metadata', 'kw_only'))
        return f'Field({parts},_field_type={self._field_type!r})'

    def __set_name__(self, owner, name):
        _forward_set_name(self.default, owner, name)

    __class_getitem__ = classmethod(_GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, **options):
        for k, v in options.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = ','.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'_DataclassParams({parts})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass beyond its annotation and default."""
    made = Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)
    _check_field_defaults(made)
    return made


def _check_field_defaults(f):
    if MISSING is not f.default and MISSING is not f.default_factory:
        raise ValueError('cannot specify both default and default_factory')


# ---- reading the class body ---------------------------------------------------------------

_KEYWORDS = frozenset('False None True and as assert async await break class continue def del '
                      'elif else except finally for from global if import in is lambda '
                      'nonlocal not or pass raise return try while with yield'.split())


def _leading_names(text):
    """'mod.Name[...]' -> ('mod', 'Name'); 'Name[...]' -> (None, 'Name'); else None."""
    def word(i):
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] == '_'):
            j += 1
        return text[i:j], j

    def skip_space(i):
        while i < len(text) and text[i].isspace():
            i += 1
        return i

    first, i = word(skip_space(0))
    if not first:
        return None
    i = skip_space(i)
    if i < len(text) and text[i] == '.':
        second, _ = word(skip_space(i + 1))
        if second:
            return first, second
    return None, first


def _typing_module():
    return _sys.modules.get('typing')


def _is_classvar(annotation):
    typing = _typing_module()
    if typing is None:
        return False
    cv = typing.ClassVar
    return annotation is cv or getattr(annotation, '__origin__', None) is cv


def _is_initvar(annotation):
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation):
    return annotation is _KW_ONLY_TYPE or annotation is KW_ONLY


def _string_names(cls, annotation, module_object, is_type_predicate):
    """For a string annotation like 'ClassVar[int]' or 'dataclasses.InitVar[str]': does its
    leading name refer to the special form (looked up in the class's module)?"""
    found = _leading_names(annotation)
    if found is None:
        return False
    module_name, name = found
    namespace = getattr(_sys.modules.get(cls.__module__), '__dict__', {})
    if module_name is None:
        target = namespace.get(name)
    else:
        module = namespace.get(module_name)
        if module is None or module is not module_object:
            return False
        target = getattr(module, name, None)
    return target is not None and is_type_predicate(target)


def _field_from_annotation(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)  # through a descriptor's __get__, as CPython
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            default = MISSING  # a __slots__ member, not a default
        f = field(default=default)
    f.name = name
    f.type = annotation

    f._field_type = _FIELD
    typing = _typing_module()
    if isinstance(annotation, str):
        if typing is not None and _string_names(cls, annotation, typing, _is_classvar):
            f._field_type = _FIELD_CLASSVAR
        elif _string_names(cls, annotation, _sys.modules[__name__], _is_initvar):
            f._field_type = _FIELD_INITVAR
    elif _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    else:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         f'use default_factory')
    return f


class _SlotsProbe:
    __slots__ = ('x',)


_MemberDescriptorType = type(_SlotsProbe.__dict__['x'])
del _SlotsProbe


# ---- generated methods --------------------------------------------------------------------

def _compile(cls, name, params, body_lines, namespace, return_annotation=MISSING):
    """Compile `def name(params): body` with namespace's names visible, as a method of cls."""
    text_params = ', '.join(params)
    ret = ' -> __dc_return__' if return_annotation is not MISSING else ''
    body = '\n'.join(f'    {line}' for line in (body_lines or ['pass']))
    source = f'def {name}({text_params}){ret}:\n{body}\n'
    scope = dict(namespace)
    scope['__builtins__'] = __builtins__
    if return_annotation is not MISSING:
        scope['__dc_return__'] = return_annotation
    exec(source, scope)
    fn = scope[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _assign(frozen, target, value_expr):
    if frozen:
        return f'__dc_object_setattr__(self, {target!r}, {value_expr})'
    return f'self.{target} = {value_expr}'


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    namespace = {'__dc_MISSING__': MISSING, '__dc_HAS_FACTORY__': _HAS_FACTORY,
                 '__dc_object_setattr__': object.__setattr__}
    seen_default = None
    for f in std_fields:
        if f.init:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default is not None:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
            else:
                seen_default = f

    def param(f):
        namespace[f'__dc_type_{f.name}__'] = f.type
        text = f'{f.name}: __dc_type_{f.name}__'
        if f.default is not MISSING:
            namespace[f'__dc_dflt_{f.name}__'] = f.default
            text += f' = __dc_dflt_{f.name}__'
        elif f.default_factory is not MISSING:
            text += ' = __dc_HAS_FACTORY__'
        return text

    params = ['self'] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)

    lines = []
    for f in all_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            namespace[f'__dc_factory_{f.name}__'] = f.default_factory
            make = f'__dc_factory_{f.name}__()'
            if f.init:
                value = f'{make} if {f.name} is __dc_HAS_FACTORY__ else {f.name}'
            else:
                value = make
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace[f'__dc_dflt_{f.name}__'] = f.default
            value = f'__dc_dflt_{f.name}__'
        else:
            continue  # init=False and no default: left unset
        lines.append(_assign(frozen, f.name, value))
    if has_post_init:
        initvars = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        lines.append(f'self.{_POST_INIT}({initvars})')
    return _compile(cls, '__init__', params, lines, namespace, return_annotation=None)


_repr_running = set()


def _make_repr(cls, shown_fields):
    names = [f.name for f in shown_fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in names)
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({inner})'

    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _tuple_of(names):
    return '(' + ''.join(f'self.{n},' for n in names) + ')'


def _tuple_other(names):
    return '(' + ''.join(f'other.{n},' for n in names) + ')'


def _make_compare(cls, name, op, compare_fields):
    names = [f.name for f in compare_fields]
    lines = ['if other.__class__ is self.__class__:',
             f'    return {_tuple_of(names)} {op} {_tuple_other(names)}',
             'return NotImplemented']
    return _compile(cls, name, ['self', 'other'], lines, {})


def _make_hash(cls, hash_fields):
    names = [f.name for f in hash_fields]
    return _compile(cls, '__hash__', ['self'], [f'return hash({_tuple_of(names)})'], {})


def _frozen_methods(cls, field_names, owner):
    """__setattr__/__delattr__ that refuse changes; owner[0] is the class (replaced when
    slots=True makes a new one)."""
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is owner[0] or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(owner[0], self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is owner[0] or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(owner[0], self).__delattr__(name)

    for fn in (__setattr__, __delattr__):
        fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return __setattr__, __delattr__


def _add_unless_defined(cls, name, value):
    """Add a method unless the class body defined it; True when it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _format_annotation(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, _GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if isinstance(annotation, str):
        return repr(annotation)
    text = repr(annotation)
    return text.replace('typing.', '')


def _signature_text(cls, std_fields, kw_fields):
    def one(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    parts = [one(f) for f in std_fields]
    if kw_fields:
        parts.append('*')
        parts.extend(one(f) for f in kw_fields)
    return f'{cls.__name__}({", ".join(parts)})'


def _add_slots(cls, field_names, is_frozen, weakref_slot):
    ns = dict(cls.__dict__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for s in base.__dict__.get('__slots__', ()):
            inherited.add(s)
        if '__weakref__' in base.__dict__:
            inherited.add('__weakref__')
    slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot and '__weakref__' not in inherited:
        slots += ('__weakref__',)
    ns['__slots__'] = slots
    for n in field_names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in ns:
            new_cls.__getstate__ = lambda self: [getattr(self, n) for n in field_names]
        if '__setstate__' not in ns:
            def __setstate__(self, state):
                for n, v in zip(field_names, state):
                    object.__setattr__(self, n, v)
            new_cls.__setstate__ = __setstate__
    return new_cls


def _transform(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init=init, repr=repr, eq=eq, order=order,
                                           unsafe_hash=unsafe_hash, frozen=frozen,
                                           match_args=match_args, kw_only=kw_only, slots=slots,
                                           weakref_slot=weakref_slot))

    # fields of dataclass bases, the most basic first
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_from_here = kw_only
    seen_kw_marker = False
    for name, annotation in annotations.items():
        is_marker = _is_kw_only(annotation) or (
            isinstance(annotation, str) and _string_names(cls, annotation, _sys.modules[__name__],
                                                          _is_kw_only))
        if is_marker:
            if seen_kw_marker:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            seen_kw_marker = True
            kw_only_from_here = True
            continue
        own.append(_field_from_annotation(cls, name, annotation, kw_only_from_here))

    for f in own:
        all_fields[f.name] = f
        # the class attribute is the default, or nothing when there is none
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen and any(getattr(b, _PARAMS, None) is not None
                                                  for b in cls.__mro__[1:]):
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    stored = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_args = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in init_args if f.init and not f.kw_only]
    kw_fields = [f for f in init_args if f.init and f.kw_only]

    if init:
        _add_unless_defined(cls, '__init__',
                           _make_init(cls, init_args, std_fields, kw_fields, frozen,
                                      hasattr(cls, _POST_INIT)))
    if repr:
        _add_unless_defined(cls, '__repr__', _make_repr(cls, [f for f in stored if f.repr]))
    compared = [f for f in stored if f.compare]
    if eq:
        _add_unless_defined(cls, '__eq__', _make_compare(cls, '__eq__', '==', compared))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _add_unless_defined(cls, name, _make_compare(cls, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    owner = [cls]
    if frozen:
        for fn in _frozen_methods(cls, [f.name for f in stored], owner):
            if _add_unless_defined(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')

    hashed = [f for f in stored if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(cls, hashed)
    elif eq and not explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(cls, hashed)
        else:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_text(cls, std_fields, kw_fields)

    if match_args:
        _add_unless_defined(cls, '__match_args__', tuple(f.name for f in std_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, [f.name for f in stored], frozen, weakref_slot)
        owner[0] = cls
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator: add __init__, __repr__, __eq__ and the rest from the annotations."""
    options = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
               weakref_slot)
    apply = lambda target: _transform(target, *options)
    return apply if cls is None else apply(cls)


# ---- inspection and copying ---------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVars or InitVars), in order."""
    return tuple(f for f in _field_table(class_or_instance, 'must be called with a dataclass '
                                         'type or instance').values() if f._field_type is _FIELD)


def _field_table(obj, complaint):
    table = getattr(obj, _FIELDS, None)
    if table is None:
        raise TypeError(complaint)
    return table


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deep_copy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def _convert(obj, make_container, seq_type):
    """Recursively turn dataclass instances into make_container(pairs), copying containers."""
    if _is_dataclass_instance(obj):
        pairs = [(f.name, _convert(getattr(obj, f.name), make_container, seq_type))
                 for f in fields(obj)]
        return make_container(pairs)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, make_container, seq_type) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_container, seq_type) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_convert(k, make_container, seq_type)] = _convert(v, make_container, seq_type)
            return result
        return type(obj)((_convert(k, make_container, seq_type),
                          _convert(v, make_container, seq_type)) for k, v in obj.items())
    return _deep_copy(obj)


def _require_instance(obj, caller):
    if not _is_dataclass_instance(obj):
        raise TypeError(f'{caller}() should be called on dataclass instances')


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursively."""
    _require_instance(obj, 'asdict')
    return _convert(obj, dict_factory, dict)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, recursively."""
    _require_instance(obj, 'astuple')
    return _convert(obj, lambda pairs: tuple_factory([v for _, v in pairs]), tuple)


def _arguments_for_copy(obj, changes):
    """The keyword arguments that remake obj with `changes` applied: every init field,
    from changes or else from obj; InitVars without a default must be among the changes."""
    arguments = {}
    for f in obj.__dataclass_fields__.values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = f.name in changes
        if not f.init:
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
        elif given:
            arguments[f.name] = changes.pop(f.name)
        elif kind is _FIELD_INITVAR:
            if f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
        else:
            arguments[f.name] = getattr(obj, f.name)
    arguments.update(changes)  # unknown names: the class's __init__ reports them
    return arguments


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed."""
    _require_instance(obj, 'replace')
    return type(obj)(**_arguments_for_copy(obj, changes))


def _read_field_specs(specs):
    """(annotations, Field objects given) from make_dataclass's list of field specs."""
    annotations, given = {}, {}
    for spec in specs:
        if isinstance(spec, str):
            spec = (spec, 'typing.Any')
        if not 2 <= len(spec) <= 3:
            raise TypeError(f'Invalid field: {spec!r}')
        name, annotation = spec[0], spec[1]
        problem = None
        if not isinstance(name, str) or not name.isidentifier():
            problem = 'Field names must be valid identifiers'
        elif name in _KEYWORDS:
            problem = 'Field names must not be keywords'
        elif name in annotations:
            problem = 'Field name duplicated'
        if problem:
            raise TypeError(f'{problem}: {name!r}')
        annotations[name] = annotation
        if len(spec) == 3:
            given[name] = spec[2]
    return annotations, given


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Make a dataclass from a list of names, (name, type) or (name, type, Field) items."""
    annotations, given = _read_field_specs(fields)
    body = dict(namespace or {})
    body.update(given)
    body['__annotations__'] = annotations
    import types
    made = types.new_class(cls_name, bases, {}, lambda ns: ns.update(body))
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        made.__module__ = module
    return dataclass(made, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
