class Meta(type):
    pass


class Thing(object, metaclass=Meta):
    """Docstring."""
    __slots__ = ('a',)
    count: int = 0

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        return __class__, x

    def private(self):
        return self.__secret
