def calls(f, args, kwargs):
    f()
    f(1, 2)
    f(1, x=2, y=3)
    f(*args)
    f(*args, **kwargs)
    f(0, *args, z=1, **kwargs)
    obj = f
    obj.method(1, key=2)
    return f(**kwargs)
