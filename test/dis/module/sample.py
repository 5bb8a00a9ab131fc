# Functions whose disassembly dis-module.test.ts compares: `import dis; dis.dis(x)`
# inside the program against the sections `gilvm -m dis` prints for this file.
def plain(a, b=2):
    total = 0
    for i in range(a):
        if i % 2:
            total += i * b
    return total


def with_closure(n):
    scale = n * 2

    def inner(x):
        return x * scale + n
    return inner


class Holder:
    def method(self, x):
        return [y + x for y in range(3)]

    @staticmethod
    def guarded():
        try:
            return 1 / 0
        except ZeroDivisionError as e:
            return f'{e!r:>10}'
        finally:
            print('done')


def generator():
    yield 1
    yield from range(2)
    return {'k': (1, 2.5, b'x', None, ...)}


async def coroutine(items):
    async with items as it:
        return [x async for x in it if x in {1, 2}]


if __name__ == '__main__':
    import dis
    import sys
    for target in sys.argv[1:]:
        print('####', target)
        if target == 'plain':
            dis.dis(plain)
        elif target == 'with_closure':
            dis.dis(with_closure)
        elif target == 'method':
            dis.dis(Holder().method)
        elif target == 'guarded':
            dis.dis(Holder.guarded)
        elif target == 'generator':
            dis.dis(generator())
        elif target == 'coroutine':
            dis.dis(coroutine.__code__)
        elif target == 'module':
            dis.dis(compile(open(__file__).read(), __file__, 'exec'))
