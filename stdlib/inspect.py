"""Inspect live objects: signatures, predicates, members, source code and frames.

gilvm's stdlib: written for gilvm, not copied from CPython.

What it offers, with CPython 3.12's results, reprs and error messages:

    Signature, Parameter, BoundArguments   signature(callable) and binding arguments to it
    is*() predicates                       what kind of object is this (function, class, ...)
    getmembers, getmembers_static, getmro, getattr_static
    getfile, getsourcefile, getsource, getsourcelines, findsource, getcomments, getdoc, cleandoc
    currentframe, stack, trace, getframeinfo, getouterframes, getinnerframes
    getcallargs, getfullargspec, getclosurevars, get_annotations, unwrap,
    getgeneratorstate, getcoroutinestate, markcoroutinefunction, CO_* flags

Design. Signatures of Python functions come from the code object (co_argcount,
co_posonlyargcount, co_kwonlyargcount, co_varnames, co_flags) plus __defaults__,
__kwdefaults__ and __annotations__; every other callable (bound method, class, partial,
instance with __call__, wrapper with __wrapped__) is reduced to one of those.
gilvm compiles without an ast or tokenize module, so source blocks are found by a small
line scanner that follows indentation, brackets, strings and backslash continuations:
functions start at co_firstlineno, classes at the `class Name` line whose enclosing
def/class lines spell its __qualname__.
"""

import builtins
import collections
import collections.abc
import enum
import functools
import linecache
import os
import re
import sys
import types
from keyword import iskeyword
from operator import attrgetter

__all__ = [
    "AGEN_CLOSED", "AGEN_CREATED", "AGEN_RUNNING", "AGEN_SUSPENDED", "ArgInfo", "Arguments",
    "ClassFoundException", "formatannotationrelativeto", "getargs", "getasyncgenlocals",
    "getasyncgenstate", "Attribute", "BlockFinder", "BoundArguments", "BufferFlags", "CORO_CLOSED",
    "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CO_ASYNC_GENERATOR", "CO_COROUTINE",
    "CO_GENERATOR", "CO_ITERABLE_COROUTINE", "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE",
    "CO_OPTIMIZED", "CO_VARARGS", "CO_VARKEYWORDS", "ClosureVars", "EndOfBlock", "FrameInfo",
    "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "Parameter",
    "Signature", "TPFLAGS_IS_ABSTRACT", "Traceback", "classify_class_attrs", "cleandoc",
    "currentframe", "findsource", "formatannotation", "formatargvalues", "get_annotations",
    "getabsfile", "getargvalues", "getattr_static", "getblock", "getcallargs", "getclasstree",
    "getclosurevars", "getcomments", "getcoroutinelocals", "getcoroutinestate", "getdoc",
    "getfile", "getframeinfo", "getfullargspec", "getgeneratorlocals", "getgeneratorstate",
    "getinnerframes", "getlineno", "getmembers", "getmembers_static", "getmodule",
    "getmodulename", "getmro", "getouterframes", "getsource", "getsourcefile", "getsourcelines",
    "indentsize", "isabstract", "isasyncgen", "isasyncgenfunction", "isawaitable", "isbuiltin",
    "isclass", "iscode", "iscoroutine", "iscoroutinefunction", "isdatadescriptor", "isframe",
    "isfunction", "isgenerator", "isgeneratorfunction", "isgetsetdescriptor",
    "ismemberdescriptor", "ismethod", "ismethoddescriptor", "ismethodwrapper", "ismodule",
    "isroutine", "istraceback", "markcoroutinefunction", "signature", "stack", "trace",
    "unwrap", "walktree",
]

# The code-object flags (dis.COMPILER_FLAG_NAMES); written out so that importing inspect
# does not import dis, which only getframeinfo needs (for dis.Positions).
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- predicates --------------------------------------------------------------------------

# gilvm has no separate method-wrapper type (types.MethodWrapperType is types.MethodType);
# treat it as absent so that bound Python methods are not taken for C slot wrappers.
_MethodWrapperType = (types.MethodWrapperType
                      if types.MethodWrapperType is not types.MethodType else ())


def ismodule(object):
    """Whether the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether the object is a bound method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Whether the object is a function defined in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def _is_functionlike(obj):
    # A callable that carries a code object and the function attributes (as Cython's do).
    if not callable(obj) or isclass(obj):
        return False
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__code__', None), types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _strip_methods_and_partials(f):
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            return f


def _has_code_flag(f, flag):
    f = _strip_methods_and_partials(f)
    if not (isfunction(f) or _is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether the object is a generator function (a def with yield)."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_marker = object()


def markcoroutinefunction(func):
    """Decorator: make iscoroutinefunction() true for a function that returns a coroutine."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_marker
    return func


def iscoroutinefunction(obj):
    """Whether the object is an async def function, or was marked as one."""
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    marked = _strip_methods_and_partials(obj)
    return getattr(marked, '_is_coroutine_marker', None) is _is_coroutine_marker


def isasyncgenfunction(obj):
    """Whether the object is an async generator function (async def with yield)."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Whether the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Whether the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Whether the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Whether the object can be used in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    """Whether the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Whether the object is a frame."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Whether the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Whether the object is a built-in function or a method of a built-in object."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Whether the object is a method-wrapper (a bound slot of a built-in type)."""
    return isinstance(object, _MethodWrapperType)


def ismethoddescriptor(object):
    """Whether the object is a non-data descriptor that is not a class, method or function
    (str.join, for instance)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """Whether the object is a data descriptor (its type defines __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isgetsetdescriptor(object):
    """Whether the object is a getset descriptor (a computed attribute of a built-in type)."""
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    """Whether the object is a member descriptor (a __slots__ entry, for instance)."""
    return isinstance(object, types.MemberDescriptorType)


def isroutine(object):
    """Whether the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Whether the object is an abstract base class with abstract methods left."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    if not isinstance(object, __import__('abc').ABCMeta):
        return False
    if hasattr(object, '__abstractmethods__'):
        return bool(object.__abstractmethods__)
    # ABCMeta.__new__ has not finished (we are in __init_subclass__): look at the members.
    for value in object.__dict__.values():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


# ---- members -------------------------------------------------------------------------------

def getmro(cls):
    """The class's method resolution order, a tuple."""
    return cls.__mro__


def _members(object, predicate, getter):
    mro = (object,) + getmro(object) if isclass(object) else ()
    names = dir(object)
    if isclass(object):
        # DynamicClassAttributes of the bases are hidden from dir() but are members.
        for base in getattr(object, '__bases__', ()):
            names.extend(k for k, v in base.__dict__.items()
                         if isinstance(v, types.DynamicClassAttribute))
    results = []
    seen = set()
    for name in names:
        try:
            if name in seen:
                raise AttributeError(name)
            value = getter(object, name)
        except AttributeError:
            # An attribute dir() lists but getattr refuses: take it from a class __dict__.
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((name, value))
        seen.add(name)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """All (name, value) members of the object, sorted by name, optionally only those for
    which predicate(value) is true."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without running descriptors, properties or __getattr__ (getattr_static)."""
    return _members(object, predicate, getattr_static)


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each member of the class, kind being
    'class method', 'static method', 'property', 'method' or 'data'."""
    result = []
    for name in dir(cls):
        for base in (cls,) + getmro(cls):
            if name in base.__dict__:
                home, raw = base, base.__dict__[name]
                break
        else:
            home, raw = None, getattr(cls, name)
        if isinstance(raw, staticmethod) or isinstance(raw, types.BuiltinMethodType):
            kind = 'static method'
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif isroutine(raw):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, home, raw))
    return result


Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


_sentinel = object()


def _class_dict(klass):
    try:
        return type.__dict__['__dict__'].__get__(klass)
    except Exception:
        return klass.__dict__


def _static_mro(klass):
    try:
        return type.__dict__['__mro__'].__get__(klass)
    except Exception:
        return klass.__mro__


def _shadowed_dict(klass):
    # The class-level '__dict__' entry some class of klass's mro defines, unless it is the
    # ordinary one that type creates.
    for entry in _static_mro(klass):
        own = _class_dict(entry)
        if '__dict__' in own:
            found = own['__dict__']
            if not (type(found) is types.GetSetDescriptorType
                    and found.__name__ == '__dict__' and found.__objclass__ is entry):
                return found
    return _sentinel


def _lookup_in_classes(klass, attr):
    for entry in _static_mro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            own = _class_dict(entry)
            if attr in own:
                return own[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as getattr would find it, without triggering descriptors, properties,
    __getattr__ or __getattribute__: may return the descriptor object itself."""
    instance_result = _sentinel
    if type not in _static_mro(type(obj)):
        klass = type(obj)
        shadow = _shadowed_dict(klass)
        if shadow is _sentinel or type(shadow) is types.MemberDescriptorType:
            try:
                instance_dict = object.__getattribute__(obj, '__dict__')
            except AttributeError:
                instance_dict = {}
            instance_result = dict.get(instance_dict, attr, _sentinel)
    else:
        klass = obj
    klass_result = _lookup_in_classes(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        # A data descriptor on the class wins over the instance dict.
        kind = type(klass_result)
        if (_lookup_in_classes(kind, '__get__') is not _sentinel
                and (_lookup_in_classes(kind, '__set__') is not _sentinel
                     or _lookup_in_classes(kind, '__delete__') is not _sentinel)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        # A class's attributes also come from its metaclass.
        for entry in _static_mro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                own = _class_dict(entry)
                if attr in own:
                    return own[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def getclasstree(classes, unique=False):
    """The nested list of (class, bases) tuples for the classes, as CPython arranges it."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


def walktree(classes, children, parent):
    """The tree of classes below parent, for getclasstree."""
    results = []
    classes.sort(key=attrgetter('__module__', '__name__'))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


# ---- wrappers and annotations ---------------------------------------------------------------

def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain (functools.wraps) to the innermost function, or to the
    first one for which stop(f) is true; ValueError on a cycle."""
    original = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(original))
        seen.add(id(func))
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a module, class or callable; eval_str evaluates the
    string ones (from __future__ import annotations) in the object's globals."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        innermost = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        obj_locals = None
        innermost = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        innermost = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if innermost is not None:
        while True:
            if hasattr(innermost, '__wrapped__'):
                innermost = innermost.__wrapped__
            elif isinstance(innermost, functools.partial):
                innermost = innermost.func
            else:
                break
        if hasattr(innermost, '__globals__'):
            obj_globals = innermost.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}


def formatannotation(annotation, base_module=None):
    """An annotation as signatures print it: classes by (qualified) name, typing objects
    without their 'typing.' prefix, anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    """A formatannotation that leaves out the module name of the object's own module."""
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


# ---- Parameter ------------------------------------------------------------------------------

class _void:
    """A marker: no argument given (replace() keeps the old value)."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (the last two may be
    Parameter.empty). Immutable; replace() makes a changed copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # '.0', the implicit argument of comprehensions and generator expressions.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier() or iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            # PEP 8: spaces around '=' only when there is an annotation.
            separator = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{!r}'.format(text, separator, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


# ---- BoundArguments -------------------------------------------------------------------------

class BoundArguments:
    """The result of Signature.bind: `arguments` maps parameter names to values (only those
    given, until apply_defaults()); args and kwargs rebuild a call."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        result = []
        for param in self._signature.parameters.values():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                result.extend(value)
            else:
                result.append(value)
        return tuple(result)

    @property
    def kwargs(self):
        result = {}
        keywords = False
        for param in self._signature.parameters.values():
            if not keywords:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    keywords = True
                elif param.name not in self.arguments:
                    # A gap in the positionals: what follows must go by keyword.
                    keywords = True
                    continue
                else:
                    continue
            if param.name in self.arguments:
                value = self.arguments[param.name]
                if param.kind == _VAR_KEYWORD:
                    result.update(value)
                else:
                    result[param.name] = value
        return result

    def apply_defaults(self):
        """Fill in the default of each parameter not bound: () for *args, {} for **kwargs."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


# ---- Signature ------------------------------------------------------------------------------

def _check_parameters(params):
    """The parameters as an ordered dict, after CPython's ordering and naming checks."""
    result = collections.OrderedDict()
    top_kind = _POSITIONAL_ONLY
    seen_default = False
    for param in params:
        kind = param.kind
        if kind < top_kind:
            raise ValueError('wrong parameter order: {} parameter before {} parameter'
                             .format(top_kind.description, kind.description))
        if kind > top_kind:
            top_kind = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is not _empty:
                seen_default = True
            elif seen_default:
                raise ValueError('non-default argument follows default argument')
        if param.name in result:
            raise ValueError('duplicate parameter name: {!r}'.format(param.name))
        result[param.name] = param
    return result


class Signature:
    """The parameters and return annotation of a callable: signature(f) makes one, bind()
    matches arguments to it, str() prints it as a def would spell it."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = collections.OrderedDict()
        elif __validate_parameters__:
            params = _check_parameters(parameters)
        else:
            params = collections.OrderedDict((p.name, p) for p in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of a callable (see signature())."""
        return _signature_of(obj, cls, follow_wrapped, True, globals, locals, eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the parameters and/or return annotation changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        # Keyword-only parameters compare as a set: their order does not matter to a caller.
        params = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        kwonly = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return params, kwonly, self._return_annotation

    def __hash__(self):
        params, kwonly, ret = self._hash_basis()
        return hash((params, frozenset(kwonly), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        index = 0
        # Positional arguments, one parameter at a time.
        swallowed = False
        for position, value in enumerate(args):
            if index >= len(params) or params[index].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            param = params[index]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[position:])
                index += 1
                swallowed = True
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            arguments[param.name] = value
            index += 1
        # The remaining parameters take keywords, defaults, or are missing. CPython names a
        # missing keyword-only argument as such only while every parameter before it was
        # required, absent and not variadic: `leading` tracks that.
        kwargs = dict(kwargs)
        var_keyword = None
        leading = not swallowed
        for param in params[index:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                leading = False
                continue
            if param.kind == _VAR_POSITIONAL:
                leading = False
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
                leading = False
            elif partial or param.default is not _empty:
                leading = False
            else:
                qualifier = ' keyword-only' if leading and param.kind == _KEYWORD_ONLY else ''
                raise TypeError('missing a required{} argument: {!r}'
                                .format(qualifier, param.name)) from None
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'
                                .format(next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError if the call would fail."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        parts = []
        previous = None
        for param in self._parameters.values():
            kind = param.kind
            if previous == _POSITIONAL_ONLY and kind != _POSITIONAL_ONLY:
                parts.append('/')
            if kind == _KEYWORD_ONLY and previous in (None, _POSITIONAL_ONLY,
                                                      _POSITIONAL_OR_KEYWORD):
                # Keyword-only parameters with no *args before them need a bare '*'.
                parts.append('*')
            parts.append(str(param))
            previous = kind
        if previous == _POSITIONAL_ONLY:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: a function, method, class, partial, instance with
    __call__, or anything with a __signature__; ValueError where none can be found."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _without_first(sig):
    """The signature of a bound method: the parameter that takes self/cls is dropped."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    # else *args: it absorbs self and stays.
    return sig.replace(parameters=params)


def _from_function(cls, func, globals, locals, eval_str):
    duck = not isfunction(func)
    if duck and not _is_functionlike(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)

    params = []
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(cls._parameter_cls(name, kind, default=default,
                                         annotation=annotations.get(name, _empty)))
    next_name = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[next_name]
        next_name += 1
        params.append(cls._parameter_cls(name, _VAR_POSITIONAL,
                                         annotation=annotations.get(name, _empty)))
    for name in names[npos:npos + nkwonly]:
        params.append(cls._parameter_cls(name, _KEYWORD_ONLY,
                                         default=kwdefaults.get(name, _empty),
                                         annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[next_name]
        params.append(cls._parameter_cls(name, _VAR_KEYWORD,
                                         annotation=annotations.get(name, _empty)))
    # A real function's parameters are valid by construction.
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=duck)


def _from_partial(wrapped_sig, partial, extra_args=()):
    """What is left of the wrapped signature once the partial's arguments are bound:
    positionals disappear, keywords become defaults, and a positional-or-keyword parameter
    given by keyword (with all after it) becomes keyword-only."""
    pargs = extra_args + tuple(partial.args or ())
    pkeywords = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*pargs, **pkeywords)
    except TypeError as exc:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from exc
    kept = []
    moved = []
    to_keyword_only = False
    for param in wrapped_sig.parameters.values():
        if param.name in bound.arguments:
            value = bound.arguments[param.name]
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if param.name not in pkeywords:
                    continue
                to_keyword_only = True
                param = param.replace(default=value)
            elif param.kind == _KEYWORD_ONLY:
                param = param.replace(default=value)
        if to_keyword_only:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                moved.append(param.replace(kind=_KEYWORD_ONLY))
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                moved.append(param)
            # *args is dropped: nothing can reach it after a keyword.
            continue
        kept.append(param)
    return wrapped_sig.replace(parameters=kept + moved)


def _user_defined(cls, name):
    """getattr(cls, name) unless that is a built-in slot or method (no Python signature)."""
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, _NON_USER_CALLABLES):
        return None
    return meth


_NON_USER_CALLABLES = tuple(t for t in (types.WrapperDescriptorType, types.MethodWrapperType,
                                        types.ClassMethodDescriptorType,
                                        types.BuiltinFunctionType, types.MethodDescriptorType)
                            if t is not types.MethodType)


def _is_builtin_callable(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj) or isinstance(obj, _NON_USER_CALLABLES)
            or obj in (type, object))


def _from_builtin(cls, func):
    text = getattr(func, '__text_signature__', None)
    if not text:
        raise ValueError('no signature found for builtin {!r}'.format(func))
    return _from_text(cls, func, text)


def _from_text(cls, obj, text):
    """A Signature from a __text_signature__ such as '($self, a, b=1, /, *args, c, **kw)'."""
    inner = text.strip()
    if not (inner.startswith('(') and ')' in inner):
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    inner = inner[1:inner.rindex(')')]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    skip_self = False
    for index, piece in enumerate(p.strip() for p in inner.split(',') if p.strip()):
        if piece == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if piece == '*':
            kind = _KEYWORD_ONLY
            continue
        if index == 0 and piece.startswith('$'):
            skip_self = True
            continue
        default = _empty
        if '=' in piece:
            piece, default_text = (s.strip() for s in piece.split('=', 1))
            try:
                default = eval(default_text, {'__builtins__': {}})
            except Exception:
                default = default_text
        if piece.startswith('**'):
            params.append(cls._parameter_cls(piece[2:], _VAR_KEYWORD))
        elif piece.startswith('*'):
            params.append(cls._parameter_cls(piece[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            params.append(cls._parameter_cls(piece, kind, default=default))
    del skip_self  # bound builtins already lack their $self
    return cls(params)


def _signature_of(obj, cls, follow_wrapped, skip_bound_arg, globals, locals, eval_str):
    def again(o):
        return _signature_of(o, cls, follow_wrapped, skip_bound_arg, globals, locals,
                             eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _without_first(sig) if skip_bound_arg else sig

    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__')
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return again(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            # A class cannot set __text_signature__, so __signature__ may hold that text, or
            # a callable that returns a Signature or the text.
            if not isinstance(sig, (Signature, str)) and callable(sig):
                sig = sig()
            if isinstance(sig, str):
                sig = _from_text(cls, obj, sig)
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    spec = getattr(obj, '_partialmethod', None) or getattr(obj, '__partialmethod__', None)
    if isinstance(spec, functools.partialmethod):
        wrapped_sig = again(spec.func)
        sig = _from_partial(wrapped_sig, spec, (None,))
        first = tuple(wrapped_sig.parameters.values())[0]
        if first.kind == _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))

    if isfunction(obj) or _is_functionlike(obj):
        return _from_function(cls, obj, globals, locals, eval_str)

    if obj is object:
        return cls()

    if _is_builtin_callable(obj):
        return _from_builtin(cls, obj)

    if isinstance(obj, functools.partial):
        return _from_partial(again(obj.func), obj)

    if isinstance(obj, type):
        return _class_signature(obj, cls, again, skip_bound_arg)

    if not isinstance(obj, _NON_USER_CALLABLES):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            sig = again(call)
            return _without_first(sig) if skip_bound_arg else sig

    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _class_signature(klass, cls, again, skip_bound_arg):
    # A metaclass __call__ decides what calling the class does; otherwise the first class of
    # the mro that defines __new__ or __init__ in Python does.
    sig = None
    call = _user_defined(type(klass), '__call__')
    if call is not None:
        sig = again(call)
    else:
        new = _user_defined(klass, '__new__')
        init = _user_defined(klass, '__init__')
        for base in klass.__mro__:
            if new is not None and '__new__' in base.__dict__:
                sig = again(new)
                break
            if init is not None and '__init__' in base.__dict__:
                sig = again(init)
                break
    if sig is not None:
        return _without_first(sig) if skip_bound_arg else sig
    for base in klass.__mro__[:-1]:
        text = getattr(base, '__text_signature__', None)
        if text:
            return _from_text(cls, base, text)
    if type not in klass.__mro__:
        if klass.__init__ is object.__init__ and klass.__new__ is object.__new__:
            return cls()
        raise ValueError('no signature found for builtin type {!r}'.format(klass))
    raise ValueError('no signature found for builtin {!r}'.format(klass))


# ---- the older argument APIs ------------------------------------------------------------------

FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getfullargspec(func):
    """The FullArgSpec of a callable; a bound method keeps its self parameter."""
    try:
        sig = _signature_of(func, Signature, False, False, None, None, False)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args, kwonlyargs = [], []
    varargs = varkw = None
    defaults, kwdefaults = (), {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name = param.name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif param.kind == _VAR_POSITIONAL:
            varargs = name
        elif param.kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs,
                       kwdefaults or None, annotations)


def _name_list(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + ' and ' + names[-1]


def getcallargs(func, /, *positional, **named):
    """The dict of parameter names to values a call func(*positional, **named) would make,
    with the interpreter's TypeError when the call would fail."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = spec
    name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    values = {}
    taken = min(len(positional), len(args))
    for i in range(taken):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[taken:])
    if varkw:
        values[varkw] = {}
    allowed = set(args + kwonlyargs)
    for key, value in named.items():
        if key not in allowed:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (name, key))
            values[varkw][key] = value
        elif key in values:
            raise TypeError('%s() got multiple values for argument %r' % (name, key))
        else:
            values[key] = value
    ndefaults = len(defaults) if defaults else 0
    if len(positional) > len(args) and not varargs:
        _too_many(name, args, kwonlyargs, ndefaults, len(positional), values)
    if len(positional) < len(args):
        required = args[:len(args) - ndefaults]
        if any(a not in values for a in required):
            _missing(name, required, 'positional', values)
        for i, arg in enumerate(args[len(args) - ndefaults:]):
            values.setdefault(arg, defaults[i])
    lacking = False
    for arg in kwonlyargs:
        if arg not in values:
            if kwonlydefaults and arg in kwonlydefaults:
                values[arg] = kwonlydefaults[arg]
            else:
                lacking = True
    if lacking:
        _missing(name, kwonlyargs, 'keyword-only', values)
    return values


def _missing(fname, names, what, values):
    absent = [n for n in names if n not in values]
    raise TypeError('%s() missing %i required %s argument%s: %s'
                    % (fname, len(absent), what, '' if len(absent) == 1 else 's',
                       _name_list(absent)))


def _too_many(fname, args, kwonly, ndefaults, given, values):
    least = len(args) - ndefaults
    kw_given = len([a for a in kwonly if a in values])
    if ndefaults:
        plural, wanted = True, 'from %d to %d' % (least, len(args))
    else:
        plural, wanted = len(args) != 1, str(len(args))
    extra = ''
    if kw_given:
        extra = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kw_given, 's' if kw_given != 1 else '')
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                    % (fname, wanted, 's' if plural else '', given, extra,
                       'was' if given == 1 and not kw_given else 'were'))


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): where the names a function uses
    come from."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    # co_names mixes global names with attribute names; gilvm has no bytecode to tell them
    # apart, so a name is a global or builtin where one exists and unbound otherwise.
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object: the parameter names (positional
    then keyword-only), and the names of *args and **kwargs or None."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:count])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[count]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame's function call."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *args=(), **kw={})' from getargvalues()'s four fields."""
    parts = [formatarg(a) + formatvalue(locals[a]) for a in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


# ---- generator and coroutine state -------------------------------------------------------------

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def getasyncgenstate(agen):
    """AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    if agen.ag_frame is None:
        return AGEN_CLOSED
    return AGEN_CREATED


def getasyncgenlocals(agen):
    """The local variables of a suspended async generator ({} once it has finished)."""
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    frame = getattr(agen, 'ag_frame', None)
    return frame.f_locals if frame is not None else {}


def getgeneratorlocals(generator):
    """The local variables of a suspended generator ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    """The local variables of a suspended coroutine ({} once it has finished)."""
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


# ---- files and modules ---------------------------------------------------------------------

def getfile(object):
    """The name of the file an object was defined in; TypeError for built-ins."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name a file path would import as ('x' for 'dir/x.py'), or None."""
    base = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyw'):
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file of an object, or None where there is none to read."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd')):
        return None
    if filename in linecache.cache or os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    """The absolute, normalized path of the object's source (or compiled) file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        path = getattr(module, '__file__', None)
        if ismodule(module) and isinstance(path, str):
            try:
                if getabsfile(module, path) == file:
                    return module
            except (TypeError, OSError):
                pass
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    for module_name in ('__main__', 'builtins'):
        module = sys.modules.get(module_name)
        if module is not None and getattr(module, name, None) is object:
            return module
    return None


# ---- source code ---------------------------------------------------------------------------

class EndOfBlock(Exception):
    pass


class ClassFoundException(Exception):
    pass


class BlockFinder:
    """Kept for programs that name it; getblock() does the work."""


def indentsize(line):
    """The number of columns a line is indented by (tabs expanded)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


_CLASS_LINE = re.compile(r'\s*class\s+(\w+)\b')
_DEF_LINE = re.compile(r'\s*(?:async\s+)?def\s+(\w+)\b')


def _scan_line(line, state):
    """Advance the lexical state (open triple-quote, bracket depth) over one physical line.
    Returns (state, whether a comment started at top level on it)."""
    quote, depth = state
    i = 0
    n = len(line)
    while i < n:
        if quote:
            if line[i] == '\\':
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            i += 1
            continue
        ch = line[i]
        if ch == '#':
            break
        if ch in '\'"':
            if line.startswith(ch * 3, i):
                quote = ch * 3
                i += 3
                continue
            # A one-line string: skip to its closing quote.
            j = i + 1
            while j < n and line[j] != ch and line[j] != '\n':
                j += 2 if line[j] == '\\' else 1
            i = j + 1
            continue
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth = max(0, depth - 1)
        i += 1
    return quote, depth


def _logical_lines(lines):
    """(first, last, text of the first line) for each logical line: a statement's physical
    lines joined by brackets, triple-quoted strings or backslashes."""
    state = (None, 0)
    start = None
    for index, line in enumerate(lines):
        if start is None:
            start = index
        state = _scan_line(line, state)
        quote, depth = state
        continued = line.rstrip('\r\n').endswith('\\') and not line.lstrip().startswith('#')
        if quote is None and depth == 0 and not continued:
            yield start, index, lines[start]
            start = None
    if start is not None:
        yield start, len(lines) - 1, lines[start]


def getblock(lines):
    """The lines of the def/class (or lambda) block at the top of `lines`, decorators
    included; the block ends before the first statement indented no deeper than it, and
    does not take trailing blank lines or less-indented comments."""
    logical = _logical_lines(lines)
    last = None
    header_indent = None
    body_indent = None
    for first, end, text in logical:
        stripped = text.strip()
        if header_indent is None:
            last = end
            if stripped.startswith('@'):
                continue
            if not re.match(r'(async\s+)?(def|class)\b', stripped):
                # A lambda (or any other one-statement object): that statement alone.
                return lines[:end + 1]
            header_indent = indentsize(text)
            continue
        if not stripped:
            continue
        indent = indentsize(text)
        if stripped.startswith('#'):
            # Comments in the body count when indented as far as the body.
            if body_indent is not None and indent >= body_indent:
                last = end
            continue
        if indent <= header_indent:
            break
        if body_indent is None:
            body_indent = indent
        last = end
    return lines[:last + 1]


def _class_line(lines, cls):
    """The index of the line that defines the class (its first decorator if it has any)."""
    qualname = getattr(cls, '__qualname__', cls.__name__)
    # The def/class lines still open at each line, as (indent, name) pairs.
    open_blocks = []
    fallback = None
    for first, end, text in _logical_lines(lines):
        stripped = text.strip()
        if not stripped or stripped.startswith('#'):
            continue
        indent = indentsize(text)
        while open_blocks and open_blocks[-1][0] >= indent:
            open_blocks.pop()
        match = _CLASS_LINE.match(text)
        if match:
            path = [name for _, name in open_blocks] + [match.group(1)]
            if '.'.join(path) == qualname:
                return _with_decorators(lines, first)
            if match.group(1) == cls.__name__ and fallback is None:
                fallback = first
            open_blocks.append((indent, match.group(1)))
            continue
        match = _DEF_LINE.match(text)
        if match:
            open_blocks.append((indent, match.group(1) + '.<locals>'))
    if fallback is not None and '<locals>' in qualname:
        return _with_decorators(lines, fallback)
    raise OSError('could not find class definition')


def _with_decorators(lines, index):
    indent = indentsize(lines[index])
    top = index
    probe = index - 1
    while probe >= 0:
        text = lines[probe]
        stripped = text.strip()
        if stripped.startswith('@') and indentsize(text) == indent:
            top = probe
        elif not (stripped and indentsize(text) > indent) and not stripped.endswith((',', '(')):
            break
        probe -= 1
    return top


def findsource(object):
    """(all the lines of the object's file, index of its first line); OSError where the
    source cannot be had."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__) if module else linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_line(lines, object)
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        index = object.co_firstlineno - 1
        if not 0 <= index < len(lines):
            raise OSError('lineno is out of bounds')
        return lines, index
    raise OSError('could not find code object')


def getsourcelines(object):
    """(the lines of the object's source, the line number it starts at); a module or a
    module-level frame gives the whole file and 0."""
    object = unwrap(object)
    lines, index = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[index:]), index + 1


def getsource(object):
    """The source text of a module, class, method, function, traceback, frame or code."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above the object's source (or at the top of a module's file),
    or None."""
    try:
        lines, index = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 1 if lines and lines[0].startswith('#!') else 0
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        end = start
        while end < len(lines) and lines[end].startswith('#'):
            end += 1
        if end == start:
            return None
        return ''.join(line.expandtabs() for line in lines[start:end])
    if index <= 0:
        return None
    indent = indentsize(lines[index])
    start = index
    while (start > 0 and lines[start - 1].lstrip().startswith('#')
           and indentsize(lines[start - 1]) == indent):
        start -= 1
    if start == index:
        return None
    comments = [line.expandtabs().lstrip() for line in lines[start:index]]
    while comments and comments[0].strip() == '#':
        del comments[0]
    while comments and comments[-1].strip() == '#':
        del comments[-1]
    return ''.join(comments)


def cleandoc(doc):
    """A docstring with its indentation removed: the first line stripped, the common margin
    of the others cut, and blank lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    margins = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    lines[0] = lines[0].lstrip()
    if margins:
        margin = min(margins)
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _owner_class(func):
    owner = sys.modules.get(func.__module__)
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    """A docstring from where obj is inherited from: a base class, or the same method of a
    base class."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner) and getattr(getattr(owner, name, None), '__func__', None)
                is obj.__func__):
            owner = type(owner)
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        if obj.fget is None:
            return None
        name = obj.fget.__name__
        owner = _owner_class(obj.fget)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    elif isbuiltin(obj) or ismethoddescriptor(obj):
        name = getattr(obj, '__name__', None)
        owner = getattr(obj, '__objclass__', None) or getattr(obj, '__self__', None)
        if not isclass(owner):
            owner = type(owner) if owner is not None else None
        if owner is None or name is None:
            return None
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring, cleaned up (cleandoc); inherited from a base class when the
    object has none; None if there is none anywhere."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getlineno(frame):
    """The current line number of a frame."""
    return frame.f_lineno


# ---- frames and tracebacks ------------------------------------------------------------------

_Traceback = collections.namedtuple('_Traceback',
                                    'filename lineno function code_context index')


class Traceback(_Traceback):
    """getframeinfo()'s result; positions is a dis.Positions (gilvm knows lines, not columns)."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.filename, self.lineno, self.function,
                                                     self.code_context, self.index,
                                                     self.positions))


_FrameInfo = collections.namedtuple('_FrameInfo',
                                    'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    """One entry of stack(), trace(), getouterframes() and getinnerframes()."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame or traceback:
    code_context is `context` source lines around the current one, index its place there."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    code_context = index = None
    if context > 0:
        try:
            lines, _ = findsource(frame)
        except OSError:
            pass
        else:
            start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
            code_context = lines[start:start + context]
            index = lineno - 1 - start
    from dis import Positions
    positions = Positions(lineno, lineno, None, None)
    return Traceback(filename, lineno, frame.f_code.co_name, code_context, index,
                     positions=positions)


def _frame_info(frame, context, lineno=None):
    info = getframeinfo(frame, context)
    return FrameInfo(frame if isframe(frame) else frame.tb_frame, *info,
                     positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo for the frame and each of its callers, innermost first."""
    result = []
    while frame:
        result.append(_frame_info(frame, context))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """FrameInfo for each level of a traceback, from the catching frame to the raising one."""
    result = []
    while tb:
        result.append(_frame_info(tb, context))
        tb = tb.tb_next
    return result


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """FrameInfo for the caller's frame and all the frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo for the traceback of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


class BufferFlags(enum.IntFlag):
    SIMPLE = 0x0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x10 | ND
    C_CONTIGUOUS = 0x20 | STRIDES
    F_CONTIGUOUS = 0x40 | STRIDES
    ANY_CONTIGUOUS = 0x80 | STRIDES
    INDIRECT = 0x100 | STRIDES
    CONTIG = ND | WRITABLE
    CONTIG_RO = ND
    STRIDED = STRIDES | WRITABLE
    STRIDED_RO = STRIDES
    RECORDS = STRIDES | WRITABLE | FORMAT
    RECORDS_RO = STRIDES | FORMAT
    FULL = INDIRECT | WRITABLE | FORMAT
    FULL_RO = INDIRECT | FORMAT
    READ = 0x100
    WRITE = 0x200
