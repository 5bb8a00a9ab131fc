x: int = 1
y: 'list[str]'
z.attr: int = 2


class C:
    a: int
    b: str = 'b'


def f(a: int, *args: str, b: float = 1.0, **kw: bool) -> None:
    c: int = 3
