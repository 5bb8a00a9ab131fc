# Control flow: if/elif/else, while/else, for/else, break/continue, nested loops, pass, conditional expressions.
for n in [-5, 0, 7, 15, 100]:
    if n < 0:
        kind = 'negative'
    elif n == 0:
        kind = 'zero'
    elif n < 10:
        kind = 'small'
    elif n < 50:
        kind = 'medium'
    else:
        kind = 'large'
    print(n, kind, 'even' if n % 2 == 0 else 'odd')
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('while', i)
else:
    print('while finished without break')
while True:
    i -= 1
    if i < 3:
        break
else:
    print('not printed')
print('i =', i)
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=' ')
print()
for x in []:
    print('never')
else:
    print('for over empty runs else')
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    if found:
        break
print('found', found, 'row', row, 'col', col)
for ch in 'abc':
    pass
print('loop variable after loop:', ch)
count = 0
for _ in range(1000):
    count += 1
    if count % 100:
        continue
print(count)
x = 5
result = 'a' if x > 3 else 'b' if x > 1 else 'c'
print(result, 'yes' if [] else 'no', 'yes' if [0] else 'no')
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
if not None and not 0 and not '':
    print('all falsy')
def early(v):
    for i in range(10):
        if i == v:
            return f'returned at {i}'
    return 'loop completed'
print(early(3), early(42))
