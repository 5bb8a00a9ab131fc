def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2


def defaults(x=[], *, y={}):
    return x, y
