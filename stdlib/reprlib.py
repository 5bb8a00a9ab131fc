"""Redo the builtin repr() (representation) but with limits on most sizes.

gilvm's stdlib: written for gilvm, not copied from CPython.

Repr abbreviates: containers show at most max<kind> elements then the fillvalue, nesting
deeper than maxlevel shows as the fillvalue in brackets, and long strs, ints and other reprs
keep their ends around the fillvalue. Repr.repr1 picks a method by the type's name, so a
subclass adds a repr_<typename> method to handle another type; a type with none gets
repr_instance. With `indent` (an int or a str, new in 3.12) each element is on its own line,
indented by its depth. recursive_repr() guards a __repr__ against recursing into the same
object in the same thread.
"""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator to make a repr function return fillvalue for a recursive call"""

    def decorating_function(user_function):
        # The objects (with the thread) whose repr is being made right now.
        running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        # The attributes functools.wraps would copy, less __wrapped__ and __dict__.
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        return wrapper

    return decorating_function


def _shorten(text, limit, fillvalue):
    """text with its middle replaced by fillvalue so that its ends total limit - 3 characters
    (the first end the shorter), when it is longer than limit."""
    if len(text) <= limit:
        return text
    head, tail = _ends(limit)
    return text[:head] + fillvalue + text[len(text) - tail:]


def _ends(limit):
    head = max(0, (limit - 3) // 2)
    return head, max(0, limit - 3 - head)


def _possibly_sorted(items):
    # Sets and dicts show sorted when their elements can be compared, so that the output
    # does not depend on hashing; otherwise in iteration order.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                 maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Type names with spaces (old-style extension types) become names with '_'.
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _join(self, pieces, level):
        """The element reprs joined by ', ', or with indent one to a line, each indented by
        its depth, the closing bracket back at the depth of the container."""
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        indent = self.indent
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {indent!r})')
            indent = ' ' * indent
        try:
            line = '\n' + (self.maxlevel - level + 1) * indent
        except TypeError as error:
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(indent)}') from error
        # Every piece on a line of its own and a comma after each; the last line, of the
        # closing bracket, one indent less.
        text = line + (',' + line).join(pieces) + ',' + line
        return text[:-len(indent) or None]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        """left, then up to maxiter elements of x at one level down (then the fillvalue if
        there were more), then right; just the fillvalue inside when level is used up. trail
        goes before right when there is one element, for the comma of a 1-tuple."""
        n = len(x)
        if level <= 0 and n:
            inside = self.fillvalue
        else:
            pieces = [self.repr1(element, level - 1) for element in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            inside = self._join(pieces, level)
            if n == 1 and trail and self.indent is None:
                right = trail + right
        return left + inside + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            pieces.append('%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + self._join(pieces, level) + '}'

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            # Cut the str itself (not its repr) so that no escape sequence is split, then
            # put the fillvalue between the two ends of the repr of what is kept.
            head, tail = _ends(self.maxstring)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            # A repr that fails still gives something to show.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _shorten(s, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
