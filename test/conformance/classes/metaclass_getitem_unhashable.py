# A class whose metaclass is a subclass of type is subscripted through __class_getitem__
# (the metaclass has no __getitem__); bytearray's __hash__ is None, as list's and dict's.
class Meta(type):
    pass


class A(metaclass=Meta):
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class B(metaclass=Meta):
    pass


print(A[int], A['x', 1])
try:
    B[int]
except TypeError as e:
    print('TypeError', e)


class WithGetitem(type):
    def __getitem__(cls, item):
        return ('meta', item)


class C(metaclass=WithGetitem):
    def __class_getitem__(cls, item):
        return 'not used'


print(C[3])
for t in (bytearray, list, dict, set, bytes):
    print(t.__name__, t.__dict__.get('__hash__', 'inherited'))
try:
    hash(bytearray(b'a'))
except TypeError as e:
    print('TypeError', e)


class BA(bytearray):
    pass


print(BA.__hash__)
