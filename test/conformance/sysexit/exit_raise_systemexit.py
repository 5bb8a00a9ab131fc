# raise SystemExit directly, from a nested call, with a non-int non-str code.
def deep(n):
    if n == 0:
        raise SystemExit([1, 2, 'three'])
    deep(n - 1)
try:
    deep(5)
except SystemExit as e:
    print('caught list code:', e.code)
try:
    raise SystemExit(True)
except SystemExit as e:
    print('bool code:', e.code, e.code == 1)
print('exiting with a list: its str() is printed to stderr, status 1')
deep(3)
