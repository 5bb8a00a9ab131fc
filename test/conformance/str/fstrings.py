# f-strings: expressions, conversions, format specs, nesting, debugging '=', quotes (PEP 701).
name, n, pi = 'World', 42, 3.14159265
items = ['a', 'b']
d = {'key': 'value'}
print(f'Hello {name}! {n + 1} {n * 2:05d} {pi:.3f} {pi!r} {name!r:>10} {name!s:<8}|')
print(f'{items[0]} {d["key"]} {d['key']} {len(items)} {", ".join(items)} {"nested " + f"{n}"}')
print(f'{n:#x} {n:b} {n:,} {1e6:,.0f} {0.123:.1%} {n:>{n // 7}} {pi:{n // 10}.{2}f}')
print(f'{n=} {pi=:.2f} {name=!s} {n * 2 = } {items[1]=}')
print(f'{{braces}} {{{n}}} {"}"} {"{"}')
print(f'{(lambda x: x * 2)(5)} {[i * i for i in range(4)]} {n if n > 40 else 0} {(n, n)}')
print(f'''multi
{name}
line''', f"{'single in double'}", f'{"double in single"}')
print(f'{3.0:g} {-0.0:+.1f} {10:^9} {"x":*<5} {7:=+5} {255:#010x}')
print(f'{f"{f"{n}"}"}', f'{n:{"^"}{10}}', f'{"a" "b"}')
width = 12
for word in ['cat', 'horse']:
    print(f'|{word:^{width}}|{word.upper():>{width - 4}}|')
class Fmt:
    def __format__(self, spec):
        return f'<{spec}>'
    def __repr__(self):
        return 'Fmt()'
print(f'{Fmt()} {Fmt():abc} {Fmt()!r} {Fmt()=}')
x = 10
print(f'{x:{"" if x > 5 else "0"}5d}', f'{x!r:^6}', f'{"\N{BULLET}"} {"\u00e9"}')
print(f'{"\n".join(["j1", "j2"])}')
print(f'{ n }', f'{n  }', f'{n:3}{n:<3}|', f'{"#"}' f'{n}', rf'\n{n}', fr'{name}\t')
try:
    f'{n:d}{pi:d}'
except ValueError as e:
    print('ValueError:', e)
print(f'{1_000_000:_}', f'{2**100:.3e}', f'{-1:03}', f'{True}', f'{None!r}', f'{b"bytes"}')
