# A method call site while instances gain and lose an attribute of the method's name, through
# every way a key gets into an instance dict (gilvm keeps a summary of each dict's key hashes
# and skips the probe when it says the name cannot be there).


class A:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)

    def m(self):
        return 'method'


def call(o):
    return o.m()  # the one call site


def shadow(o, v):
    return lambda: v


steps = []
for n in (0, 3, 12, 40):
    o = A(n)
    steps.append(call(o))
    o.m = shadow(o, 'attribute')
    steps.append(call(o))
    del o.m
    steps.append(call(o))
    o.__dict__['m'] = shadow(o, 'via __dict__')
    steps.append(call(o))
    o.__dict__.clear()
    steps.append(call(o))
    vars(o).update({'x': 1, 'm': shadow(o, 'via update')})
    steps.append(call(o))
    o.__dict__ = {'m': shadow(o, 'new __dict__')}
    steps.append(call(o))
    o.__dict__ = dict(A(n).__dict__)
    steps.append(call(o))
    other = A(n)
    other.m = shadow(other, 'copied')
    o.__dict__ = other.__dict__.copy()
    steps.append(call(o))
    o.__dict__.pop('m')
    steps.append(call(o))
    o.__dict__.setdefault('m', shadow(o, 'setdefault'))
    steps.append(call(o))
    o.__dict__ = {('m' + '!')[:-1]: shadow(o, 'a key made at run time')}
    steps.append(call(o))
    print(n, steps)
    steps.clear()
