"""Abstract base classes for the numeric tower (PEP 3141), written for gilvm.

Each level declares the operations a number of that kind must provide (as
abstract methods, built from name lists) and supplies the few operations that
follow from the others (the mixins, written once below as plain functions).
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _level(name, base, required, required_props="", provided=None):
    """Make the ABC NAME under BASE: abstract REQUIRED methods and properties,
    plus the concrete methods in PROVIDED."""
    space = {"__slots__": (), "__module__": __name__, "__qualname__": name}
    for attr in required.split():
        space[attr] = _placeholder(name, attr)
    for attr in required_props.split():
        space[attr] = property(_placeholder(name, attr))
    space.update(provided or {})
    return ABCMeta(name, (base,), space)


def _placeholder(cls_name, attr):
    def missing(self, *args, **kwargs):
        raise NotImplementedError
    missing.__name__ = attr
    missing.__qualname__ = cls_name + "." + attr
    return abstractmethod(missing)


# --- operations every level can derive from its required ones --------------

def _truth(x):
    return not x == 0

def _difference(a, b):
    return a + -b

def _reflected_difference(b, a):
    return a + -b

def _via_float(x):
    return complex(float(x))

def _unary_plus(x):
    return +x

def _zero(x):
    return 0

def _one(x):
    return 1

def _pair(a, b):
    return (a // b, a % b)

def _reflected_pair(b, a):
    return (a // b, a % b)

def _ratio_to_float(q):
    # int / int rounds correctly, so this gives the nearest float.
    return int(q.numerator) / int(q.denominator)

def _int_to_float(n):
    return float(int(n))

def _int_index(n):
    return int(n)


Number = _level("Number", object, "")
Number.__hash__ = None
Number.__doc__ = "The root of the numeric hierarchy: isinstance(x, Number) asks 'is x a number?'."

Complex = _level(
    "Complex", Number,
    "__complex__ __abs__ __eq__ conjugate __pos__ __neg__ __add__ __radd__ "
    "__mul__ __rmul__ __truediv__ __rtruediv__ __pow__ __rpow__",
    "real imag",
    {"__bool__": _truth, "__sub__": _difference, "__rsub__": _reflected_difference})
Complex.__doc__ = "Numbers with the operations of the built-in complex type."

Real = _level(
    "Real", Complex,
    "__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ "
    "__mod__ __rmod__ __lt__ __le__", "",
    {"__complex__": _via_float, "real": property(_unary_plus), "imag": property(_zero),
     "conjugate": _unary_plus, "__divmod__": _pair, "__rdivmod__": _reflected_pair})
Real.__doc__ = "Numbers on the real line: ordered, and convertible to float."

Rational = _level("Rational", Real, "", "numerator denominator",
                  {"__float__": _ratio_to_float})
Rational.__doc__ = "Ratios of two integers, kept in lowest terms."

Integral = _level(
    "Integral", Rational,
    "__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ "
    "__xor__ __rxor__ __or__ __ror__ __invert__", "",
    {"__index__": _int_index, "__float__": _int_to_float,
     "numerator": property(_unary_plus), "denominator": property(_one)})
Integral.__doc__ = "Whole numbers, with the bitwise operations of int."

Complex.register(complex)
Real.register(float)
Integral.register(int)
