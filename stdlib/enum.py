"""Enumerations: classes whose attributes are a fixed set of named, unique members.

gilvm's stdlib: written for gilvm, not copied from CPython. Members live in the class
dict itself; the metaclass keeps the bookkeeping tables (_member_map_, _member_names_,
_value2member_map_) that CPython's enum also exposes, so code that reads them works.
"""

import sys as _sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
    'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
    'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name', 'show_flag_values',
]

# Filled in as the module defines them; the metaclass checks them against None while
# it is making these very classes.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None

_NO_VALUE = object()


# ---- small helpers --------------------------------------------------------------------------

def _underscores(name):
    """2 for __dunder__ names, 1 for _sunder_ names, 0 for anything else."""
    for width in (2, 1):
        edge = '_' * width
        core = name[width:-width]
        if (len(name) > 2 * width and name.startswith(edge) and name.endswith(edge)
                and core[:1] != '_' and core[-1:] != '_'):
            return width
    return 0


def _mangled_private(class_name, name):
    """A name the class body wrote as __name (mangled to _Class__name)."""
    stem = '_%s__' % class_name.lstrip('_')
    return len(name) > len(stem) and name.startswith(stem) and not name.endswith('__')


def _binds_like_attribute(obj):
    """Functions, properties and other descriptors stay class attributes, not members."""
    kind = type(obj)
    return any(hasattr(kind, hook) for hook in ('__get__', '__set__', '__delete__'))


def _single_bit(n):
    return n > 0 and n & (n - 1) == 0


def _bits_low_first(n):
    """The set bits of a non-negative int, as values, lowest first."""
    while n:
        low = n & -n
        yield low
        n ^= low


def show_flag_values(value):
    """The single-bit values that make up value."""
    return list(_bits_low_first(value))


def bin(num, max_bits=None):
    """bin() with a sign digit before a space: '0b0 1010', and two's complement for negatives."""
    width = num.bit_length()
    if num >= 0:
        sign, digits = '0', format(num, 'b') if num else '0'
        digits = digits.rjust(width, '0')
    else:
        sign = '1'
        digits = format((1 << width) + num, 'b').rjust(width, '0') if width else ''
        if not digits:
            digits = '1'
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    return f'0b{sign} {digits}'


class auto:
    """Placeholder for a member value that _generate_next_value_ chooses."""

    def __init__(self, value=_NO_VALUE):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,) if self.value is not _NO_VALUE else 'auto(...)'


class member:
    """Forces an attribute of an enum class body to be a member (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """An instance property of enum classes that cannot be set (name, value, ...)."""

    def __set_name__(self, ownerclass, name):
        self._attr_name = name
        self._owner = ownerclass

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            found = ownerclass.__dict__.get('_member_map_', {}).get(getattr(self, '_attr_name', None))
            if found is not None:
                return found
            raise AttributeError(f'{ownerclass.__name__!r} has no attribute {self._attr_name!r}')
        if self.fget is None:
            raise AttributeError(f'{type(instance).__name__!r} member has no attribute '
                                 f'{self._attr_name!r}')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f'<enum {self._owner.__name__!r}> cannot set attribute '
                                 f'{self._attr_name!r}')
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f'<enum {self._owner.__name__!r}> cannot delete attribute '
                                 f'{self._attr_name!r}')
        self.fdel(instance)


# ---- the class body namespace -------------------------------------------------------------

class _EnumNamespace(dict):
    """The dict an enum class body runs in: it tells members from everything else, in
    order, and resolves auto() values as they are assigned."""

    def __init__(self, class_name, next_value):
        super().__init__()
        self._class_name = class_name
        self._next_value = next_value
        self._members = {}
        self._ignore = []
        self._auto_pending = []

    def __setitem__(self, key, value):
        kind = _underscores(key)
        if _mangled_private(self._class_name, key):
            pass
        elif kind == 1:
            if key == '_generate_next_value_':
                if self._members:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                clash = set(names) & set(self._members)
                if clash:
                    raise ValueError(f'_ignore_ cannot specify already set names: {tuple(clash)!r}')
        elif kind == 2:
            if key == '__order__':
                key = '_order_'
        elif key in self._members:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _binds_like_attribute(value):
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._members[key] = value
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _NO_VALUE:
                earlier = list(self._members.values())
                value.value = self._next_value(key, 1, len(self._members), earlier)
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v


# ---- the metaclass ----------------------------------------------------------------------

def _enum_bases_in(bases):
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType):
                yield klass


def _data_type(class_name, bases):
    """The non-enum type the members are instances of (int for IntEnum), or object."""
    found = []
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    found.append(klass._member_type_)
                    break
                continue
            if '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                found.append(klass)
                break
    unique_types = []
    for t in found:
        if t not in unique_types:
            unique_types.append(t)
    if len(unique_types) > 1:
        raise TypeError(f'too many data types for {class_name!r}: {unique_types!r}')
    return unique_types[0] if unique_types else object


class EnumType(type):
    """The metaclass of enumerations: makes the members and answers lookups, len, iteration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        next_value = None
        for klass in _enum_bases_in(bases):
            next_value = getattr(klass, '_generate_next_value_', None)
            if next_value is not None:
                break
        if next_value is None:
            next_value = _default_next_value
        return _EnumNamespace(cls, next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None or _simple:
            # Enum itself: no members, no data type
            made = super().__new__(metacls, cls, bases, dict(classdict), **kwds)
            metacls._init_tables(made, object, boundary)
            return made

        first_enum = bases[-1] if bases else None
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for klass in _enum_bases_in(bases):
            if klass._member_names_:
                raise TypeError(f'<enum {cls!r}> cannot extend {klass!r}')
        member_type = _data_type(cls, bases)

        members = getattr(classdict, '_members', {})
        ignored = getattr(classdict, '_ignore', [])
        body = {k: v for k, v in classdict.items() if k not in members and k not in ignored}
        body.pop('_ignore_', None)
        order = body.pop('_order_', None)

        # how members are made: the body's own __new__, one inherited from an enum base, the
        # data type's, or plain object.__new__ with the value stored afterwards
        own_new = body.pop('__new__', None)
        if isinstance(own_new, staticmethod):
            own_new = own_new.__func__
        new_member = own_new
        if new_member is None:
            for klass in _enum_bases_in(bases):
                inherited = klass.__dict__.get('_new_member_')
                if inherited is not None:
                    new_member = inherited.__func__ if isinstance(inherited, staticmethod) else inherited
                    break
        custom_new = new_member is not None
        if new_member is None and member_type is not object:
            new_member = member_type.__new__
        use_args = new_member is not None
        if new_member is None:
            new_member = object.__new__
        if custom_new:
            body['_new_member_'] = staticmethod(new_member)
        body['__new__'] = Enum.__dict__['__new__']

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in body:
                body['__format__'] = member_type.__format__
            if '__str__' not in body:
                shown = member_type.__str__
                if shown is object.__str__:
                    shown = member_type.__repr__
                body['__str__'] = shown

        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        metacls._init_tables(enum_class, member_type, boundary)

        # A data type's repr/str/format/reduce must not hide the enum's own.
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in body:
                continue
            found = getattr(enum_class, name)
            if found is getattr(member_type, name) or found is getattr(object, name):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            # int's operators come before Flag's in IntFlag's MRO: the Flag ones must win
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in body:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        for name, value in members.items():
            _add_member(enum_class, name, value, new_member, use_args, member_type, is_flag)

        if is_flag:
            by_value = [m._value_ for m in (enum_class._member_map_[n] for n in enum_class._member_names_)]
            type.__setattr__(enum_class, '_flag_by_definition_', by_value != sorted(by_value))

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if list(order) != enum_class._member_names_:
                raise TypeError(f'member order does not match _order_:\n  '
                                f'{enum_class._member_names_!r}\n  {list(order)!r}')
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    @staticmethod
    def _init_tables(enum_class, member_type, boundary):
        setattr_ = type.__setattr__
        setattr_(enum_class, '_member_names_', [])
        setattr_(enum_class, '_member_map_', {})
        setattr_(enum_class, '_value2member_map_', {})
        setattr_(enum_class, '_unhashable_values_', [])
        setattr_(enum_class, '_member_type_', member_type)
        setattr_(enum_class, '_boundary_', boundary)
        setattr_(enum_class, '_flag_mask_', 0)
        setattr_(enum_class, '_singles_mask_', 0)
        setattr_(enum_class, '_all_bits_', 0)
        setattr_(enum_class, '_inverted_', None)
        setattr_(enum_class, '_flag_by_definition_', False)

    # ---- calls: lookup by value, or the functional API ----

    def __call__(cls, value, names=_NO_VALUE, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is _NO_VALUE:
            return cls.__new__(cls, value)
        if values:
            names = (names,) + values
        return cls._make_from_names(value, names, module=module, qualname=qualname, type=type,
                                    start=start, boundary=boundary)

    def _make_from_names(cls, class_name, names, *, module=None, qualname=None, type=None,
                         start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        ns = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            pairs = []
            so_far = []
            for count, name in enumerate(names):
                value = ns._next_value(name, start, count, so_far[:])
                so_far.append(value)
                pairs.append((name, value))
            names = pairs
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            ns[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            ns['__module__'] = module
        if qualname is not None:
            ns['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, ns, boundary=boundary)

    # ---- the class as a container of its members ----

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @DynamicClassAttribute
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f'<{kind} {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'{cls.__name__!r} cannot delete member {name!r}.')
        super().__delattr__(name)

    def __dir__(cls):
        names = set(super().__dir__())
        names.update(cls._member_names_)
        return sorted(names)


EnumMeta = EnumType


def _default_next_value(name, start, count, last_values):
    """One more than the last value given (or than the highest, if the last is not it)."""
    if not last_values:
        return start
    last = last_values[-1]
    try:
        highest = sorted(last_values)[-1]
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None
    base = last if last == highest else highest
    try:
        return base + 1
    except TypeError:
        raise TypeError(f'unable to increment {base!r}') from None


def _add_member(enum_class, name, value, new_member, use_args, member_type, is_flag):
    """Make member `name` (or record it as an alias of an earlier member with its value)."""
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if use_args:
        made = new_member(enum_class, *args)
        if not hasattr(made, '_value_'):
            if member_type is object:
                made._value_ = value
            else:
                try:
                    made._value_ = member_type(*args)
                except Exception as exc:
                    problem = TypeError('_value_ not set in __new__, unable to create it')
                    problem.__cause__ = exc
                    raise problem
    else:
        made = new_member(enum_class)
        made._value_ = value
    value = made._value_
    made._name_ = name
    made.__objclass__ = enum_class
    made.__init__(*args)
    made._sort_order_ = len(enum_class._member_names_)

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        enum_class._member_map_[name] = canonical
        type.__setattr__(enum_class, name, canonical)
        return

    if is_flag:
        if isinstance(value, int):
            enum_class._flag_mask_ |= value
            if _single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        listed = isinstance(value, int) and _single_bit(value)
    else:
        listed = True
    if listed:
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = made
    try:
        enum_class._value2member_map_.setdefault(value, made)
    except TypeError:
        enum_class._unhashable_values_.append(value)
    type.__setattr__(enum_class, name, made)


# ---- looking members up --------------------------------------------------------------------

def _existing_member(cls, value):
    """The member with this value, or _NO_VALUE (unhashable values are searched for)."""
    try:
        return cls._value2member_map_.get(value, _NO_VALUE)
    except TypeError:
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return _NO_VALUE


def _find_member(cls, value):
    if type(value) is cls:
        return value
    found = _existing_member(cls, value)
    return found if found is not _NO_VALUE else _ask_missing(cls, value)


def _ask_missing(cls, value):
    """Let cls._missing_ answer for a value no member has, and check what it gives."""
    invalid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
    try:
        answer = cls._missing_(value)
    except Exception as failure:
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise
    if isinstance(answer, cls):
        return answer
    if answer is None:
        raise invalid
    if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
            and isinstance(answer, int):
        return answer
    wrong = TypeError(f'error in {cls.__name__}._missing_: returned {answer!r} '
                      f'instead of None or a valid member')
    wrong.__context__ = invalid
    raise wrong


# ---- Enum ---------------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class of enumerations: subclass it and assign the members in the class body."""

    def __new__(cls, value):
        # Every enum class gets this as __new__: calling it looks a member up by value.
        return _find_member(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = set(object.__dir__(self))
        names.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'))
        return sorted(n for n in names if _underscores(n) != 1)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are its data type's (repr stays the enum's)."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


def _check_str_arguments(values):
    """StrEnum member values are str()'s arguments, and must all be strings."""
    if len(values) > 3:
        raise TypeError(f'too many arguments for str(): {values!r}')
    roles = ('{!r} is not a string', 'encoding must be a string, not {!r}',
             'errors must be a string, not {!r}')
    for position, (given, message) in enumerate(zip(values, roles)):
        # the first may be bytes when an encoding follows
        checked = position > 0 or len(values) == 1
        if checked and not isinstance(given, str):
            raise TypeError(message.format(given))


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        _check_str_arguments(values)
        made = str.__new__(cls, *values)
        made._value_ = str(*values)
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ---- Flag machinery -----------------------------------------------------------------------

def _next_flag_bit(start, count, last_values):
    """auto() in a Flag: the power of two above the highest value so far."""
    if not count:
        return 1 if start is None else start
    highest = max(last_values)
    try:
        width = highest.bit_length()
    except Exception:
        raise TypeError(f'invalid flag value {highest!r}') from None
    return 1 << width


def _members_in(cls, value):
    """The single-bit members whose bits are in value, lowest bit first, or in definition
    order when the class defined them out of value order."""
    table = cls._value2member_map_
    found = [table[bit] for bit in _bits_low_first(value & cls._flag_mask_) if bit in table]
    if cls._flag_by_definition_:
        found.sort(key=lambda m: m._sort_order_)
    return found


def _within_boundary(cls, value):
    """(value made acceptable by the class's boundary, True if it must stay a plain int)."""
    mask, every = cls._flag_mask_, cls._all_bits_
    if ~every <= value <= every and not value & (every ^ mask):
        return value, False
    rule = cls._boundary_
    if rule is STRICT:
        width = max(value.bit_length(), mask.bit_length())
        raise ValueError(f'{cls!r} invalid value {value!r}\n    given {bin(value, width)}'
                         f'\n  allowed {bin(mask, width)}')
    if rule is CONFORM:
        return value & mask, False
    if rule is EJECT:
        return value, True
    if rule is KEEP:
        if value < 0:
            value += max(every + 1, 1 << value.bit_length())
        return value, False
    raise ValueError(f'{cls!r} unknown flag boundary {rule!r}')


def _composite_name(cls, value):
    """'A|B' for a value made of members A and B (plus the leftover number where the
    boundary keeps unnamed bits); None when no member is in it."""
    parts = _members_in(cls, value & cls._singles_mask_)
    spelled = 0
    for m in parts:
        spelled |= m._value_
    if value & ~cls._singles_mask_:
        for m in cls._member_map_.values():
            v = m._value_
            if v and v & value == v and m not in parts:
                parts.append(m)
                spelled |= v
    if not spelled:
        return None
    leftover = value ^ spelled
    if not leftover:
        return '|'.join(m._name_ for m in parts)
    if cls._boundary_ is STRICT:
        raise ValueError(f'{cls!r}: no members with value {leftover!r}')
    return '|'.join([m._name_ for m in parts] + [cls._numeric_repr_(leftover)])


def _compose_flag(cls, value):
    """Flag._missing_: the pseudo-member for a combination of members (made once, then
    found in _value2member_map_)."""
    if not isinstance(value, int):
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
    value, as_int = _within_boundary(cls, value)
    if as_int:
        return value
    asked = value
    if value < 0:
        value += cls._all_bits_ + 1
    stray = value & ~cls._flag_mask_
    if stray and cls._boundary_ is not KEEP:
        raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {stray!r} [{bin(stray)}]')
    data_type = cls._member_type_
    made = object.__new__(cls) if data_type is object else data_type.__new__(cls, value)
    if not hasattr(made, '_value_'):
        made._value_ = value
    made._name_ = _composite_name(cls, value)
    made = cls._value2member_map_.setdefault(value, made)
    if asked != value:
        cls._value2member_map_[asked] = made
    return made


# ---- Flag ---------------------------------------------------------------------------------

class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with |, & and ^ into new values."""

    _numeric_repr_ = repr

    _generate_next_value_ = staticmethod(lambda name, start, count, last_values:
                                         _next_flag_bit(start, count, last_values))

    @classmethod
    def _missing_(cls, value):
        return _compose_flag(cls, value)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(_members_in(self.__class__, self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = type(self).__name__
        shown = repr(self._value_) if self._member_type_ is object else self._member_type_.__repr__(self._value_)
        if self._name_ is None:
            return f'<{cls_name}: {shown}>'
        return f'<{cls_name}.{self._name_}: {shown}>'

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        return v if v is NotImplemented else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return v if v is NotImplemented else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return v if v is NotImplemented else self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ is EJECT or self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints."""


# ---- decorators and checks ----------------------------------------------------------------

def unique(enumeration):
    """Class decorator: refuse aliases (two names for one value)."""
    aliases = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if aliases:
        listing = ', '.join(f'{alias} -> {name}' for alias, name in aliases)
        raise ValueError(f'duplicate values found in {enumeration!r}: {listing}')
    return enumeration


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: check an enumeration for the given EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, m.name) for alias, m in enumeration.__members__.items()
                           if alias != m.name]
                if aliases:
                    listing = ', '.join(f'{alias} -> {canon}' for alias, canon in aliases)
                    raise ValueError(f'aliases found in {enumeration!r}: {listing}')
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    wanted = [2 ** i for i in range(low.bit_length() - 1, high.bit_length())]
                else:
                    wanted = range(low, high + 1)
                missing = [v for v in wanted if v not in values]
                if missing:
                    shown = ', '.join(str(v) for v in missing)
                    raise ValueError(f'invalid {kind} {name!r}: missing values {shown}')
            elif check is NAMED_FLAGS:
                singles = enumeration._singles_mask_
                bad = []
                missing_total = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in enumeration._member_names_ or m.name != alias:
                        continue
                    value = m._value_
                    if not isinstance(value, int) or _single_bit(value) or value <= 0:
                        continue
                    missing = value & ~singles
                    if missing:
                        bad.append(alias)
                        missing_total |= missing
                if len(bad) == 1:
                    raise ValueError(f'invalid Flag {name!r}: alias {bad[0]} is missing value '
                                     f'0x{missing_total:x} [use enum.show_flag_values(value) '
                                     f'for details]')
                if bad:
                    listing = ', '.join(bad[:-1]) + ' and ' + bad[-1]
                    raise ValueError(f'invalid Flag {name!r}: aliases {listing} are missing '
                                     f'combined values of 0x{missing_total:x} [use '
                                     f'enum.show_flag_values(value) for details]')
        return enumeration


# ---- global_enum and friends ----------------------------------------------------------------

def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return f'{module}.{self._name_}'


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return f'{module}.{self.__class__.__name__}({self._value_!r})'
    return '|'.join(f'{module}.{part}' for part in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members in the module's globals and show them as such."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
