# One generator resumed by four threads at once: every value comes out once, and a thread that
# finds it running gets CPython's ValueError ("generator already executing"), in both lock modes.
import threading
def gen():
    i = 0
    while True:
        yield i
        i += 1
g = gen()
errors = []
got = []
def worker():
    for _ in range(20000):
        try:
            got.append(next(g))
        except ValueError as e:
            errors.append(str(e))
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(got) + len(errors), len(set(got)) == len(got), set(errors) <= {'generator already executing'})
