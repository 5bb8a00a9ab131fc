# An executor dropped without shutdown(): once it is collected, its idle
# workers leave (CPython: a weak reference callback wakes them); the work
# it had queued was run first.
import concurrent.futures as cf
import gc
import threading


def use_and_drop():
    ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='dropped')
    futures = [ex.submit(lambda i: (2 ** i, threading.current_thread()), i) for i in range(6)]
    outcomes = [f.result(timeout=5) for f in futures]
    return [value for value, _ in outcomes], {t for _, t in outcomes}


values, workers = use_and_drop()
print(values)
gc.collect()
for t in workers:
    t.join(timeout=10)
print('had workers:', len(workers) > 0, '- left after collection:', [t.is_alive() for t in workers].count(True))
