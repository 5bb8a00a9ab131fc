# secrets: tokens of the right sizes and alphabets, randbelow/randbits/choice and their errors,
# compare_digest (the same function as hmac's) and its TypeErrors.
import secrets, string, re
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_bytes(0)), type(secrets.token_bytes(3)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(5)), all(c in string.hexdigits for c in secrets.token_hex(16)))
for n in (None, 0, 1, 2, 3, 16, 33):
    t = secrets.token_urlsafe(n)
    print(n, len(t), re.fullmatch(r'[A-Za-z0-9_-]*', t) is not None)
print(secrets.DEFAULT_ENTROPY, secrets.choice('a') == 'a', secrets.choice([7, 7]) == 7)
vals = {secrets.randbelow(3) for _ in range(200)}
print(sorted(vals), 0 <= secrets.randbits(8) < 256, secrets.randbits(0))
for bad in (0, -5):
    try: secrets.randbelow(bad)
    except ValueError as e: print('ValueError', e)
try: secrets.choice([])
except IndexError as e: print('IndexError', e)
try: secrets.token_bytes(-1)
except ValueError as e: print('ValueError', e)
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'), secrets.compare_digest(b'', b''))
for a, b in ((b'a', 'a'), (1, 1), ('é', 'é')):
    try: print(secrets.compare_digest(a, b))
    except TypeError as e: print('TypeError', e)
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.__all__)
