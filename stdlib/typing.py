"""Type hints at run time: the special forms, generic aliases, TypeVar, Generic, Protocol,
NamedTuple, TypedDict and the introspection helpers (get_type_hints, get_origin, get_args).

gilvm's stdlib: written for gilvm, not copied from CPython. It does no type checking; it
gives the objects, reprs and run-time errors that CPython's typing gives.
"""

import sys as _sys
import types as _types
import collections.abc as _cabc
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'override',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)


# ---- helpers ------------------------------------------------------------------------------

def _module_of_caller(depth=2, default='__main__'):
    """The __name__ of the module `depth` frames up, where the interpreter can tell."""
    try:
        return _sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _hint_repr(obj):
    """How a type hint argument is shown: int, mod.Class, ..., or repr()."""
    if isinstance(obj, type) and not isinstance(obj, _types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_hint_repr(a) for a in obj) + ']'
    return repr(obj)


def _tupled(params):
    return params if isinstance(params, tuple) else (params,)


def _normalize(arg, message=None):
    """None means NoneType; a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _validate(arg, message, allow_special_forms=False):
    """Validate one argument of a subscription, as CPython's run-time checks do."""
    arg = _normalize(arg)
    if isinstance(arg, _Applied) and arg.__origin__ in (ClassVar, Final):
        if not allow_special_forms:
            raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _Form) or arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{message} Got {arg!r:.100}.')
    return arg


def _is_var(p):
    return isinstance(p, (TypeVar, ParamSpec, TypeVarTuple))


def _free_vars(args):
    """The type variables in args (and in the generic aliases among them), each once."""
    found = []
    for a in args:
        if isinstance(a, type) and not isinstance(a, _types.GenericAlias):
            continue
        if _is_var(a):
            if a not in found:
                found.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _free_vars(a):
                if p not in found:
                    found.append(p)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if p not in found:
                    found.append(p)
    return tuple(found)


def _unique(params):
    out = []
    for p in params:
        if not any(p == q for q in out):
            out.append(p)
    return out


def _replace_vars(arg, table):
    """arg with the type variables in table replaced."""
    if _is_var(arg):
        return table.get(arg, arg)
    if isinstance(arg, list):
        return [_replace_vars(a, table) for a in arg]
    if isinstance(arg, tuple):
        return tuple(_replace_vars(a, table) for a in arg)
    params = getattr(arg, '__parameters__', None)
    if not params:
        return arg
    if isinstance(arg, _types.GenericAlias):
        return _types.GenericAlias(arg.__origin__, tuple(_replace_vars(a, table) for a in arg.__args__))
    if isinstance(arg, _AliasCore) or isinstance(arg, _types.UnionType if hasattr(_types, 'UnionType') else ()):
        return arg[tuple(table.get(p, p) for p in params)]
    return arg


def _require_count(alias, params, expected):
    if len(params) != expected:
        word = 'many' if len(params) > expected else 'few'
        raise TypeError(f'Too {word} arguments for {alias}; actual {len(params)}, '
                        f'expected {expected}')


# ---- the typing objects' common base --------------------------------------------------------

class _TypingBase:
    """Base of typing's own classes, which user code must not subclass."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError('Cannot subclass special typing classes')


class _Uniterable:
    __slots__ = ()
    __iter__ = None


# ---- special forms --------------------------------------------------------------------------

class _Form(_TypingBase, _Uniterable, _root=True):
    """A typing name that is not a class: Union, Optional, ClassVar, ..."""

    def __init__(self, getitem):
        self._on_subscript = getitem
        self._label = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._label
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __repr__(self):
        return 'typing.' + self._label

    def __reduce__(self):
        return self._label

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._on_subscript(self, parameters)


class _AnyType(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyType):
    """The type every type is compatible with (and the other way round)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_Form
def NoReturn(self, parameters):
    """The return type of a function that never returns."""
    raise TypeError(f'{self} is not subscriptable')


@_Form
def Never(self, parameters):
    """The bottom type: no value has it."""
    raise TypeError(f'{self} is not subscriptable')


@_Form
def Self(self, parameters):
    """The type of the enclosing class's instances."""
    raise TypeError(f'{self} is not subscriptable')


@_Form
def LiteralString(self, parameters):
    """Any string built from literals."""
    raise TypeError(f'{self} is not subscriptable')


@_Form
def TypeAlias(self, parameters):
    """Marks an assignment as a type alias."""
    raise TypeError(f'{self} is not subscriptable')


def _wrapping_form(what):
    def getitem(self, parameters):
        item = _validate(parameters, f'{self} accepts only single type.')
        return _Applied(self, (item,))
    getitem.__name__ = what
    return getitem


ClassVar = _Form(_wrapping_form('ClassVar'))
ClassVar.__doc__ = 'A class variable, not an instance attribute.'
Final = _Form(_wrapping_form('Final'))
Final.__doc__ = 'A name that cannot be reassigned or overridden.'
Required = _Form(_wrapping_form('Required'))
NotRequired = _Form(_wrapping_form('NotRequired'))
TypeGuard = _Form(_wrapping_form('TypeGuard'))


@_Form
def Union(self, parameters):
    """Union[X, Y]: either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    parameters = _tupled(parameters)
    message = 'Union[arg, ...]: each arg must be a type.'
    flat = []
    for p in parameters:
        p = _validate(p, message)
        if isinstance(p, _AppliedUnion) or _is_pep604(p):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    flat = _unique(flat)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and _NoneType in flat:
        return _AppliedUnion(self, tuple(flat), name='Optional')
    return _AppliedUnion(self, tuple(flat))


def _is_pep604(p):
    union_type = getattr(_types, 'UnionType', None)
    return union_type is not None and isinstance(p, union_type)


@_Form
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _validate(parameters, f'{self} requires a single type.')
    return Union[arg, None]


@_Form
def Literal(self, parameters):
    """Literal[v, ...]: exactly one of these values."""
    values = []
    for p in _tupled(parameters):
        if isinstance(p, _AppliedLiteral):
            values.extend(p.__args__)
        else:
            values.append(p)
    unique = []
    seen = []
    for v in values:
        key = (v, type(v))
        if key not in seen:
            seen.append(key)
            unique.append(v)
    return _AppliedLiteral(self, tuple(unique))


@_Form
def Concatenate(self, parameters):
    """Concatenate[X, P]: a parameter list that starts with X then has P's."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    parameters = _tupled(parameters)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or '
                        'ellipsis.')
    return _AppliedConcatenate(self, parameters)


@_Form
def Unpack(self, parameters):
    """Unpack[Ts]: the types a TypeVarTuple stands for, spread out."""
    item = _validate(parameters, f'{self} accepts only single type.')
    return _AppliedUnpack(self, (item,))


@_Form
def Annotated(self, parameters):
    """Annotated[T, x, ...]: type T with extra metadata for tools."""
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    origin = _validate(parameters[0], 'Annotated[t, ...]: t must be a type.',
                         allow_special_forms=True)
    return _AppliedAnnotated(origin, tuple(parameters[1:]))


# ---- ForwardRef -------------------------------------------------------------------------------

class ForwardRef(_TypingBase, _root=True):
    """A type hint written as a string, evaluated later."""

    __slots__ = ('__forward_arg__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        try:
            compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if globalns is None and localns is None:
            globalns = localns = {}
        elif globalns is None:
            globalns = localns
        elif localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            globalns = getattr(_sys.modules.get(self.__forward_module__), '__dict__', globalns)
        value = _validate(eval(self.__forward_arg__, globalns, localns),
                            'Forward references must evaluate to types.',
                            allow_special_forms=self.__forward_is_class__)
        return _resolve(value, globalns, localns, recursive_guard | {self.__forward_arg__})

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


# ---- type variables -------------------------------------------------------------------------

class _VarBase:
    """Shared behaviour of TypeVar, ParamSpec and TypeVarTuple."""

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f'type {cls.__mro__[1].__name__!r} is not an acceptable base type')


def _variance_mark(covariant, contravariant, infer_variance):
    if infer_variance:
        return ''
    if covariant:
        return '+'
    if contravariant:
        return '-'
    return '~'


class TypeVar(_VarBase):
    """A type variable: T = TypeVar('T'); constraints or a bound narrow what it stands for."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if infer_variance and (covariant or contravariant):
            raise ValueError('Variance cannot be specified with infer_variance.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self._constraints = tuple(_validate(t, 'TypeVar(name, constraint, ...): constraints '
                                               'must be types.') for t in constraints)
        self._bound = _validate(bound, 'Bound must be a type.') if bound is not None else None
        self._pending = None  # (attribute, function) for a bound or constraints of PEP 695 syntax
        module = _module_of_caller(2, None)
        if module != 'typing':
            self.__module__ = module

    def _settle(self):
        # `def f[T: X]` evaluates X on first use, so X may name what is defined later
        if self._pending is not None:
            which, compute = self._pending
            self._pending = None
            setattr(self, which, compute())

    @property
    def __bound__(self):
        self._settle()
        return self._bound

    @property
    def __constraints__(self):
        self._settle()
        return self._constraints

    def __repr__(self):
        return _variance_mark(self.__covariant__, self.__contravariant__,
                                self.__infer_variance__) + self.__name__

    def __typing_subst__(self, arg):
        message = 'Parameters to generic types must be types.'
        arg = _validate(arg, message)
        if isinstance(arg, _Applied) and isinstance(arg.__origin__, _Form) \
                and arg.__origin__ is Unpack:
            raise TypeError(f'{arg} is not valid as type argument')
        return arg


class TypeVarTuple(_VarBase):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts or Unpack[Ts]."""

    def __init__(self, name):
        self.__name__ = name
        module = _module_of_caller(2, None)
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs:
    """P.args: the positional arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs:
    """P.kwargs: the keyword arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_VarBase):
    """A parameter specification variable: P = ParamSpec('P'), for Callable[P, R]."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = _validate(bound, 'Bound must be a type.') if bound is not None else None
        module = _module_of_caller(2, None)
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return _variance_mark(self.__covariant__, self.__contravariant__,
                                self.__infer_variance__) + self.__name__

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_validate(a, 'Expected a type.') for a in arg)
        return arg




# ---- generic aliases ----------------------------------------------------------------------

def _dunder(name):
    return name.startswith('__') and name.endswith('__')


class _AliasCore(_TypingBase, _root=True):
    """What subscripting a typing name gives; calls and attribute reads go to the origin."""

    def __init__(self, origin, *, inst=True, name=None):
        self._may_call = inst
        self._label = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._may_call:
            raise TypeError(f'Type {self._label} cannot be instantiated; use '
                            f'{self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        after = bases[bases.index(self) + 1:]
        for b in after:
            if isinstance(b, _AliasCore) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not _dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _dunder(attr) or attr in {'_label', '_may_call', '_arity'}:
            super().__setattr__(attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __dir__(self):
        return sorted(set(super().__dir__() + [a for a in dir(self.__origin__) if not _dunder(a)]))


class _Applied(_AliasCore, _root=True):
    """X[args] for a typing name or a Generic class: typing.List[int], Box[str]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = _tupled(args)
        self.__parameters__ = _free_vars(self.__args__)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _Applied):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self} is not a generic class')
        args = _tupled(args)
        if len(params) == 1 and isinstance(params[0], ParamSpec) and not (
                len(args) == 1 and (isinstance(args[0], (list, tuple, ParamSpec)) or args[0] is ...)):
            args = (args,)
        _require_count(self, args, len(params))
        table = {}
        for p, a in zip(params, args):
            subst = getattr(p, '__typing_subst__', None)
            table[p] = subst(a) if subst is not None else a
        new_args = tuple(_replace_vars(a, table) for a in self.__args__)
        return self._with_args(new_args)

    def _with_args(self, args):
        return self.__class__(self.__origin__, args, name=self._label, inst=self._may_call)

    def __repr__(self):
        if self._label:
            head = 'typing.' + self._label
        else:
            head = _hint_repr(self.__origin__)
        if self.__args__:
            inner = ', '.join(_hint_repr(a) for a in self.__args__)
        else:
            inner = '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        return (_reapply, (self.__origin__, self.__args__, self._label, self._may_call))

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _Form):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._label:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _AliasCore) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _reapply(origin, args, name, inst):
    return _Applied(origin, args, name=name, inst=inst)


class _Bare(_Uniterable, _AliasCore, _root=True):
    """An unsubscripted typing alias of a class: typing.List, typing.Iterable."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._arity = nparams
        self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        params = _tupled(params)
        message = 'Parameters to generic types must be types.'
        params = tuple(_validate(p, message) for p in params)
        _require_count(self, params, self._arity)
        return self._with_args(params)

    def _with_args(self, params):
        return _Applied(self.__origin__, params, name=self._label, inst=self._may_call)

    def __repr__(self):
        return 'typing.' + self._label

    def __subclasscheck__(self, cls):
        if isinstance(cls, _Bare):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _Applied):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._label

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _AppliedCallable(_Uniterable, _Applied, _root=True):
    """Callable[[args], result]; __args__ holds the argument types then the result."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], ParamSpec)
                               or isinstance(args[0], _AppliedConcatenate)):
            return f'typing.Callable[{_hint_repr(args[0])}, {_hint_repr(args[1])}]'
        params = ', '.join(_hint_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_hint_repr(args[-1])}]'

    def _with_args(self, params):
        return _AppliedCallable(self.__origin__, params, name=self._label, inst=self._may_call)

    def __getitem__(self, args):
        params = self.__parameters__
        if len(params) == 1 and isinstance(params[0], ParamSpec):
            args = _tupled(args)
            if not (len(args) == 1 and (isinstance(args[0], (list, tuple)) or args[0] is ...)):
                args = (list(args),)
            value = args[0]
            flat = []
            for a in self.__args__:
                if a is params[0]:
                    if value is ...:
                        flat.append(...)
                    else:
                        flat.extend(value)
                else:
                    flat.append(a)
            return self._with_args(tuple(flat))
        return super().__getitem__(args)


class _BareCallable(_Bare, _root=True):
    def _with_args(self, params):
        return _AppliedCallable(self.__origin__, params, name=self._label, inst=self._may_call)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (*(_validate(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                        for a in args), _validate(result, 'Callable[args, result]: result must '
                                                            'be a type.'))
        else:
            params = (args, _validate(result, 'Callable[args, result]: result must be a type.'))
        return self._with_args(params)


class _BareTuple(_Bare, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            message = 'Tuple[t, ...]: t must be a type.'
            head = tuple(_validate(p, message) for p in params[:-1])
            return self._with_args((*head, ...))
        message = 'Tuple[t0, t1, ...]: each t must be a type.'
        return self._with_args(tuple(_validate(p, message) for p in params))


class _AppliedUnion(_Uniterable, _Applied, _root=True):
    def _with_args(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _AppliedUnion) and not _is_pep604(other):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_hint_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_hint_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_hint_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return (Union.__getitem__, (self.__args__,))


class _AppliedLiteral(_Applied, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _AppliedLiteral):
            return NotImplemented
        return set((v, type(v)) for v in self.__args__) == set((v, type(v)) for v in other.__args__)

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _AppliedConcatenate(_Applied, _root=True):
    def _with_args(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _AppliedConcatenate):
            params = (*params[:-1], *params[-1].__args__)
        return super()._with_args(params)


class _AppliedUnpack(_Applied, _root=True):
    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg, = self.__args__
        if isinstance(arg, _Applied) and arg.__origin__ is tuple:
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AppliedAnnotated(_Uniterable, _Applied, _root=True):
    """Annotated[T, x, ...]: __origin__ is T, __metadata__ the extra items."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AppliedAnnotated):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def _with_args(self, params):
        return _AppliedAnnotated(params[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_hint_repr(self.__origin__)}, {extras}]'

    def __reduce__(self):
        return (_AppliedAnnotated, (self.__origin__, self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AppliedAnnotated):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


# ---- Generic and Protocol -----------------------------------------------------------------

class Generic:
    """Base for generic classes: class Box(Generic[T]) makes Box[int] meaningful."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = tuple(_normalize(p) for p in _tupled(params))
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(_is_var(p) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                f'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            expected = cls.__dict__.get('__parameters__', ())
            if not expected:
                raise TypeError(f'{cls} is not a generic class')
            if len(expected) == 1 and isinstance(expected[0], ParamSpec) and not (
                    len(params) == 1 and isinstance(params[0], (list, tuple, ParamSpec))):
                params = (params,)
            _require_count(cls, params, len(expected))
            params = tuple(getattr(p, '__typing_subst__', lambda a: a)(a)
                           for p, a in zip(expected, params))
        return _Applied(cls, params)

    __class_getitem__ = classmethod(__class_getitem__)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _set_generic_parameters(cls)


def _set_generic_parameters(cls):
    """cls.__parameters__ from the type variables in its bases, checked against Generic[...]."""
    own = cls.__dict__
    if '__orig_bases__' in own:
        plain = Generic in cls.__orig_bases__
    else:
        plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                 and type(cls) is not _TypedDictType)
    if plain:
        raise TypeError('Cannot inherit from plain Generic')
    tvars = []
    if '__orig_bases__' in own:
        tvars = list(_free_vars(cls.__orig_bases__))
        declared = None
        for base in cls.__orig_bases__:
            if isinstance(base, _Applied) and base.__origin__ in (Generic, Protocol) \
                    and not (base.__origin__ is Protocol and declared is not None):
                if base.__origin__ is Generic and declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = base.__parameters__
        if declared is not None:
            missing = [t for t in tvars if t not in declared]
            if missing:
                listed = ', '.join(str(t) for t in missing)
                given = ', '.join(str(g) for g in declared)
                raise TypeError(f'Some type variables ({listed}) are not listed in '
                                f'Generic[{given}]')
            tvars = list(declared)
    cls.__parameters__ = tuple(tvars)


_NOT_PROTOCOL_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__static_attributes__', '__firstlineno__', '__parameters__',
    '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__', '__qualname__',
    '__init_subclass__', '__final__',
})


def _members_of_protocol(cls):
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _NOT_PROTOCOL_MEMBERS:
                names.add(name)
    return names


class _StructuralMeta(_ABCMeta):
    """Metaclass of protocols: isinstance/issubclass check members, not inheritance,
    for @runtime_checkable protocols."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == 'Protocol' and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in (object, Generic) or getattr(base, '_is_protocol', False)
                        or base.__name__ in _PROTOCOL_FRIENDS.get(base.__module__, ())):
                    raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, '_is_protocol', False):
            cls.__protocol_attrs__ = _members_of_protocol(cls)

    def _require_runtime(cls):
        if cls.__dict__.get('_is_protocol', False) is False and not getattr(cls, '_is_protocol', False):
            return False
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable '
                            'protocols')
        return True

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        cls._require_runtime()
        if cls in type(instance).__mro__:
            return True
        for attr in cls.__protocol_attrs__:
            try:
                value = getattr(instance, attr)
            except AttributeError:
                return False
            if value is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if not getattr(cls, '_is_protocol', False):
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        cls._require_runtime()
        if cls.__non_callable_proto_members__:
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if type.__subclasscheck__(cls, other):
            return True
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


_PROTOCOL_FRIENDS = {
    'collections.abc': ('Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer'),
    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager'),
}


def _no_instances(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_StructuralMeta):
    """Base for structural types: a class matches if it has the members, with
    @runtime_checkable letting isinstance() check that."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _mark_protocol(cls)


def _mark_protocol(cls):
    """A class is a protocol when Protocol is among its direct bases (or it says so); a
    protocol without an __init__ of its own refuses to be instantiated."""
    declared = cls.__dict__.get('_is_protocol')
    if not declared:
        cls._is_protocol = Protocol in cls.__bases__
    if cls._is_protocol and '__init__' not in cls.__dict__ and cls.__init__ is object.__init__:
        cls.__init__ = _no_instances


def runtime_checkable(cls):
    """Class decorator: let isinstance() and issubclass() check a protocol's members."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = set(
        attr for attr in cls.__protocol_attrs__ if not callable(getattr(cls, attr, None)))
    return cls


# ---- predefined type variables ----

AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (AnyStr, T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'
del _tv


# ---- NamedTuple ---------------------------------------------------------------------------

_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults', '_make', '_replace',
                                    '_asdict', '_source'})
_NT_SKIPPED = frozenset({'__module__', '__name__', '__annotations__'})


def _build_namedtuple(name, items, module, defaults=()):
    import collections
    fields = [n for n, _ in items]
    annotations = {n: _validate(t, f'field {n} annotation must be a type') for n, t in items}
    made = collections.namedtuple(name, fields, defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = annotations
    return made


class _NamedTupleType(type):
    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleRoot and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        with_defaults = []
        for field_name in annotations:
            if field_name in ns:
                with_defaults.append(field_name)
            elif with_defaults:
                plural = 's' if len(with_defaults) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{plural} {', '.join(with_defaults)}")
        made = _build_namedtuple(typename, annotations.items(), ns['__module__'],
                                [ns[n] for n in with_defaults])
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SKIPPED and key not in made._fields:
                setattr(made, key, value)
                hook = getattr(type(value), '__set_name__', None)
                if hook is not None:
                    hook(value, made, key)
        if Generic in bases:
            made.__class_getitem__ = classmethod(Generic.__dict__['__class_getitem__'].__func__)
            _set_generic_parameters(made)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: NamedTuple('P', [('x', int)]) or class P(NamedTuple): x: int."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    return _build_namedtuple(typename, list(fields), _module_of_caller())


_NamedTupleRoot = type.__new__(_NamedTupleType, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleRoot,)


# ---- TypedDict ----------------------------------------------------------------------------

def _key_qualifier(tp):
    """(the type, 'required'|'notrequired'|None) for Required[...] / NotRequired[...]."""
    while isinstance(tp, _Applied) and tp.__origin__ in (Required, NotRequired, Annotated):
        if tp.__origin__ is Required:
            return tp.__args__[0], 'required'
        if tp.__origin__ is NotRequired:
            return tp.__args__[0], 'notrequired'
        tp = tp.__origin__
    return tp, None


class _TypedDictType(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictType and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        generic = (Generic,) if any(b is Generic for b in bases) else ()
        made = type.__new__(_TypedDictType, name, (*generic, dict), ns)
        own = {k: _validate(v, 'TypedDict(\'Name\', {f0: t0, f1: t1, ...}); '
                                 'Name must be a type', allow_special_forms=True)
               for k, v in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            _, qualifier = _key_qualifier(tp)
            if qualifier == 'required' or (qualifier is None and total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        made.__total__ = total
        return made

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of keys, each with its own value type."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    ns = {'__annotations__': dict(fields), '__module__': _module_of_caller()}
    return _TypedDictType(typename, (), ns, total=total)


_TypedDictRoot = type.__new__(_TypedDictType, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictRoot,)


def is_typeddict(tp):
    """True for a class made with TypedDict."""
    return isinstance(tp, _TypedDictType)


# ---- NewType and TypeAliasType ------------------------------------------------------------

class NewType:
    """NewType('UserId', int): a callable that returns its argument, distinct for checkers."""

    def __init__(self, name, tp):
        short = name.split('.')[-1]
        where = _module_of_caller(2, None)
        attrs = {'__qualname__': name, '__name__': short, '__supertype__': tp}
        if where != 'typing':
            attrs['__module__'] = where
        for key, value in attrs.items():
            setattr(self, key, value)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        # the error names the class being defined, known only once its creation starts:
        # hand back a base whose __init_subclass__ raises
        supertype_name = self.__name__

        class Refuse:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{name} = NewType({name!r}, {supertype_name})`')
        return (Refuse,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeAliasType:
    """A type alias made by the `type X = ...` statement (or called directly)."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError('TypeAliasType.__init__() argument \'name\' must be str')
        self._fill(name, type_params, lambda: value, _module_of_caller(2, None))

    def _fill(self, name, type_params, compute, module):
        self.__name__ = name
        self.__type_params__ = self.__parameters__ = tuple(type_params or ())
        self.__module__ = module
        self._compute = compute

    @property
    def __value__(self):
        # `type X = ...` computes its value when first asked for (once), so it may refer to X
        if self._compute is not None:
            self._value, self._compute = self._compute(), None
        return self._value

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        return _types.GenericAlias(self, _tupled(params))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- aliases of builtin and collections.abc classes --------------------------------------------

# ---- PEP 695 syntax (called by the interpreter: src/lib/types-typeparams.ts) ---------------

def _type_param_intrinsic(kind, a, b):
    """Make the object a piece of PEP 695 syntax asks for (see types-typeparams.ts)."""
    where = _module_of_caller(2, None)
    if kind == 7 or kind == 102 or kind == 103:
        made = TypeVar(a, infer_variance=True)
        if kind != 7:
            made._pending = ('_bound' if kind == 102 else '_constraints', b)
    elif kind == 8:
        made = ParamSpec(a, infer_variance=True)
    elif kind == 9:
        made = TypeVarTuple(a)
    elif kind == 10:
        return Generic[a]
    elif kind == 11:
        made = TypeAliasType.__new__(TypeAliasType)
        made._fill(*a, where)
        return made
    elif kind == 104:
        a.__type_params__ = b
        return a
    else:
        raise SystemError(f'unknown type parameter intrinsic {kind}')
    return made  # its __module__ stays 'typing', as CPython's


def _bare(origin, nparams, *, inst=True, name=None):
    return _Bare(origin, nparams, inst=inst, name=name)


Hashable = _bare(_cabc.Hashable, 0)
Awaitable = _bare(_cabc.Awaitable, 1)
Coroutine = _bare(_cabc.Coroutine, 3)
AsyncIterable = _bare(_cabc.AsyncIterable, 1)
AsyncIterator = _bare(_cabc.AsyncIterator, 1)
Iterable = _bare(_cabc.Iterable, 1)
Iterator = _bare(_cabc.Iterator, 1)
Reversible = _bare(_cabc.Reversible, 1)
Sized = _bare(_cabc.Sized, 0)
Container = _bare(_cabc.Container, 1)
Collection = _bare(_cabc.Collection, 1)
Callable = _BareCallable(_cabc.Callable, 2)
AbstractSet = _bare(_cabc.Set, 1, name='AbstractSet')
MutableSet = _bare(_cabc.MutableSet, 1)
Mapping = _bare(_cabc.Mapping, 2)
MutableMapping = _bare(_cabc.MutableMapping, 2)
Sequence = _bare(_cabc.Sequence, 1)
MutableSequence = _bare(_cabc.MutableSequence, 1)
ByteString = _bare(_cabc.ByteString, 0)
Tuple = _BareTuple(tuple, -1, inst=False, name='Tuple')
List = _bare(list, 1, inst=False, name='List')
Set = _bare(set, 1, inst=False, name='Set')
FrozenSet = _bare(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _bare(_cabc.MappingView, 1)
KeysView = _bare(_cabc.KeysView, 1)
ItemsView = _bare(_cabc.ItemsView, 2)
ValuesView = _bare(_cabc.ValuesView, 1)
Dict = _bare(dict, 2, inst=False, name='Dict')
Generator = _bare(_cabc.Generator, 3)
AsyncGenerator = _bare(_cabc.AsyncGenerator, 2)
Type = _bare(type, 1, inst=False, name='Type')
Text = str


def _contextlib_aliases():
    import contextlib
    return (_bare(contextlib.AbstractContextManager, 1, name='ContextManager'),
            _bare(contextlib.AbstractAsyncContextManager, 1, name='AsyncContextManager'))


ContextManager, AsyncContextManager = _contextlib_aliases()


def _collections_aliases():
    import collections
    made = {}
    for attr, name, n in (('deque', 'Deque', 1), ('defaultdict', 'DefaultDict', 2),
                          ('OrderedDict', 'OrderedDict', 2), ('Counter', 'Counter', 1),
                          ('ChainMap', 'ChainMap', 2)):
        origin = getattr(collections, attr, None)
        if origin is not None:
            made[name] = _bare(origin, n, name=name)
    return made


globals().update(_collections_aliases())


def _re_aliases():
    try:
        import re
    except ImportError:
        return {}
    made = {}
    for name in ('Pattern', 'Match'):
        origin = getattr(re, name, None)
        if isinstance(origin, type):
            made[name] = _bare(origin, 1)
    return made


globals().update(_re_aliases())


# ---- protocols of the Supports* kind ---------------------------------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    """An object with __int__."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with __float__."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with __complex__."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with __bytes__."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with __index__."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An object with __abs__."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An object with __round__."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ---- IO ---------------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """The generic type of file objects (for annotations)."""

    __slots__ = ()

    @property
    @_abstractmethod
    def mode(self) -> str:
        pass

    @property
    @_abstractmethod
    def name(self) -> str:
        pass

    @_abstractmethod
    def close(self) -> None:
        pass

    @property
    @_abstractmethod
    def closed(self) -> bool:
        pass

    @_abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def write(self, s: AnyStr) -> int:
        pass


class BinaryIO(IO[bytes]):
    """The type of binary file objects."""
    __slots__ = ()


class TextIO(IO[str]):
    """The type of text file objects."""
    __slots__ = ()


# ---- functions ----------------------------------------------------------------------------

def cast(typ, val):
    """Tell a type checker val has type typ; at run time, return val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val's type; at run time, return val."""
    return val


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=_sys.stderr)
    return obj


def _clipped_repr(obj, limit=100):
    text = repr(obj)
    return text if len(text) <= limit else text[:limit] + '...'


def assert_never(arg, /):
    """Mark code a type checker should find unreachable; reaching it raises."""
    raise AssertionError('Expected code to be unreachable, but got: ' + _clipped_repr(arg))


_overloads = {}


def _overloaded(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @typing.overload-decorated '
        'functions outside a stub module should always be followed by an implementation that '
        'is not @typing.overload-decorated.')


def overload(func):
    """Declare one signature of an overloaded function (the implementation follows)."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
        _overloads.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overloaded


def get_overloads(func):
    """The @overload-decorated signatures recorded for func."""
    f = getattr(func, '__func__', func)
    key = (getattr(f, '__module__', None), getattr(f, '__qualname__', None))
    return list(_overloads.get(key, []))


def clear_overloads():
    """Forget every recorded overload."""
    _overloads.clear()


def final(f):
    """Decorator: the method cannot be overridden, the class cannot be subclassed."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Decorator: the method overrides one of a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator: type checkers should ignore the annotations of arg."""
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, _types.FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results @no_type_check."""
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    wrapped.__wrapped__ = decorator
    wrapped.__name__ = getattr(decorator, '__name__', 'wrapped')
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator marking a function or class as making dataclass-like classes."""
    def decorate(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs,
        }
        return cls_or_fn
    return decorate


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, get_origin(Union[..]) is Union."""
    for kinds, answer in _ORIGIN_RULES:
        if isinstance(tp, kinds):
            return answer(tp)
    return Generic if tp is Generic else None


_ORIGIN_RULES = [
    (_AppliedAnnotated, lambda tp: Annotated),
    ((_AliasCore, _types.GenericAlias, ParamSpecArgs, ParamSpecKwargs), lambda tp: tp.__origin__),
]
if hasattr(_types, 'UnionType'):
    _ORIGIN_RULES.append((_types.UnionType, lambda tp: _types.UnionType))


def get_args(tp):
    """The subscription's arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AppliedAnnotated):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_Applied, _types.GenericAlias)):
        args = tp.__args__
        if get_origin(tp) is _cabc.Callable and args and not (args[0] is ... or
                                                                isinstance(args[0], ParamSpec)):
            return (list(args[:-1]), args[-1])
        return args
    if _is_pep604(tp):
        return tp.__args__
    return ()


def _resolve(t, globalns, localns, guard=frozenset()):
    """t with every forward reference (string) inside it evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, guard)
    if isinstance(t, _types.GenericAlias):
        args = tuple(_resolve(ForwardRef(a) if isinstance(a, str) else a, globalns, localns,
                                    guard) for a in t.__args__)
        return t if args == t.__args__ else _types.GenericAlias(t.__origin__, args)
    if _is_pep604(t):
        args = tuple(_resolve(a, globalns, localns, guard) for a in t.__args__)
        return t if args == t.__args__ else Union[args]
    if isinstance(t, _AppliedAnnotated):
        inner = _resolve(t.__origin__, globalns, localns, guard)
        return t if inner is t.__origin__ else _AppliedAnnotated(inner, t.__metadata__)
    if isinstance(t, _Applied) and not isinstance(t, _AppliedLiteral):
        args = tuple(_resolve(a, globalns, localns, guard) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _AppliedUnion):
            return Union[args]
        return t._with_args(args)
    return t


def _without_extras(t):
    if isinstance(t, _AppliedAnnotated):
        return _without_extras(t.__origin__)
    if isinstance(t, _Applied) and t.__origin__ in (Required, NotRequired):
        return _without_extras(t.__args__[0])
    if isinstance(t, _AppliedUnion):
        stripped = tuple(_without_extras(a) for a in t.__args__)
        return t if stripped == t.__args__ else Union[stripped]
    if isinstance(t, _Applied) and not isinstance(t, _AppliedLiteral):
        stripped = tuple(_without_extras(a) for a in t.__args__)
        return t if stripped == t.__args__ else t._with_args(stripped)
    if isinstance(t, _types.GenericAlias):
        stripped = tuple(_without_extras(a) for a in t.__args__)
        return t if stripped == t.__args__ else _types.GenericAlias(t.__origin__, stripped)
    return t


def _resolve_annotation(value, globalns, localns, is_class):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=not is_class, is_class=is_class)
    return _resolve(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with strings evaluated and None as
    NoneType; Annotated is stripped unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            if isinstance(annotations, _types.GetSetDescriptorType):
                annotations = {}
            if globalns is None:
                base_globals = getattr(_sys.modules.get(base.__module__), '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                hints[name] = _resolve_annotation(value, base_globals, base_locals, True)
    else:
        if isinstance(obj, _types.ModuleType):
            annotations = getattr(obj, '__annotations__', {})
            default_globals = obj.__dict__
        else:
            annotations = getattr(obj, '__annotations__', None)
            if annotations is None:
                if isinstance(obj, (_types.FunctionType, _types.BuiltinFunctionType,
                                    _types.MethodType, _types.ModuleType)):
                    return {}
                raise TypeError(f'{obj!r} is not a module, class, method, or function.')
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            default_globals = getattr(inner, '__globals__', {})
        if globalns is None:
            globalns = default_globals
        if localns is None:
            localns = globalns
        for name, value in annotations.items():
            hints[name] = _resolve_annotation(value, globalns, localns, isinstance(obj, _types.ModuleType))
    if include_extras:
        return hints
    return {k: _without_extras(t) for k, t in hints.items()}
