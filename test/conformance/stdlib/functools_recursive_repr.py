# functools.recursive_repr (a repr that meets itself prints the fill value) and get_cache_token.
import abc
import functools


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @functools.recursive_repr()
    def __repr__(self):
        """the node and its children"""
        return f'Node({self.name}, {self.children!r})'


class Ring(list):
    @functools.recursive_repr('<cycle>')
    def __repr__(self):
        return 'Ring' + ','.join(repr(x) for x in self)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
r = Ring([1, 2])
r.append(r)
print(repr(r), repr([r, r]))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)

token = functools.get_cache_token()
print(token == abc.get_cache_token())


class Base(abc.ABC):
    pass


Base.register(int)
print(functools.get_cache_token() != token, functools.get_cache_token() == abc.get_cache_token())
