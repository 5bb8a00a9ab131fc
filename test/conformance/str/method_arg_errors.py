# The TypeError messages of str methods given arguments of the wrong type (made only when raised).
for f in (lambda: 'a'.replace(1, 'b'), lambda: 'a'.replace('a', 2), lambda: 'a'.find(1), lambda: 'a'.split(1),
          lambda: 'a'.removeprefix(1), lambda: 'a'.removesuffix(None), lambda: 'a'.partition(3), lambda: 'a'.count(b'a'),
          lambda: 'a'.upper(1), lambda: 'a'.startswith(1), lambda: 'a'.strip(1), lambda: 'a'.center(3, 1), lambda: 'a'.rindex(2)):
    try:
        f()
    except TypeError as e:
        print(e)
