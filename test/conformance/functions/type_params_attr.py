# Every function has __type_params__: () unless generic (PEP 695); it can be set to a tuple only,
# is not in the function's __dict__, and functools.wraps copies it.
import functools


def plain():
    pass


def generic[T, *Ts, **P](x: T) -> T:
    return x


class C:
    def method[U](self, u: U) -> U:
        return u


print(plain.__type_params__, generic.__type_params__, C.method.__type_params__)
print((lambda: 0).__type_params__, '__type_params__' in plain.__dict__, generic.__dict__)
plain.__type_params__ = (int,)
print(plain.__type_params__)
for bad in ([1], None, 'T'):
    try:
        plain.__type_params__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    del plain.__type_params__
except TypeError as e:
    print('TypeError', e)


@functools.wraps(generic)
def wrapper(*args):
    return generic(*args)


print(wrapper.__type_params__ == generic.__type_params__, wrapper.__name__)
print([type(p).__name__ for p in generic.__type_params__])
