class A(Base, *mixins, metaclass=M, **opts):
    def f(self, *a, **k):
        super().f(*a, **k)
        super(A, self).g()
        return super().attr


def call(*a, sep=' ', **k):
    print(*a, sep=sep, **k)
    return dict(a=1, **k)
