# Many futures: hundreds of small calls over one pool, callbacks counted from
# many threads, nested submissions, wait/as_completed over large sets,
# hand-driven futures completed by many threads at once. Nothing is lost.
import concurrent.futures as cf
import threading

N = 100

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(lambda i: i * i, i) for i in range(N)]
    print('results', sum(f.result() for f in futs) == sum(i * i for i in range(N)))

    counted = []
    lock = threading.Lock()
    def tally(f):
        with lock:
            counted.append(f.result())
    futs = [ex.submit(pow, i, 2) for i in range(N)]
    for f in futs:
        f.add_done_callback(tally)
    cf.wait(futs)
    print('map', list(ex.map(abs, range(-5, 5))) == [abs(i) for i in range(-5, 5)])
    print('map big', sum(ex.map(lambda a, b: a * b, range(N), range(N))) == sum(i * i for i in range(N)))

    seen = sorted(f.result() for f in cf.as_completed(ex.submit(int, str(i)) for i in range(N)))
    print('as_completed', seen == list(range(N)))
    futs = [ex.submit(lambda i: 1 // (i % 7), i) for i in range(70)]
    res = cf.wait(futs)
    errors = sum(1 for f in res.done if f.exception() is not None)
    print('errors', errors, len(res.done))
    print('wait FIRST_EXCEPTION', len(cf.wait([ex.submit(abs, i) for i in range(100)], return_when=cf.FIRST_EXCEPTION).done))

# all callbacks have run once the pool has shut down and joined its workers
print('callbacks', len(counted) == N, sorted(counted) == [i * i for i in range(N)])

# calls that submit further calls to another pool and wait on them
with cf.ThreadPoolExecutor(2) as outer, cf.ThreadPoolExecutor(2) as inner:
    def fan(k):
        return sum(inner.submit(lambda j: j + k, j).result() for j in range(5))
    print('nested', sum(outer.map(fan, range(10))) == sum(j + k for k in range(10) for j in range(5)))

# hand-driven futures completed concurrently by many threads while the main
# thread waits on them with as_completed
futs = [cf.Future() for _ in range(120)]
def finisher(part):
    for f in part:
        if f.set_running_or_notify_cancel():
            f.set_result(1)
threads = [threading.Thread(target=finisher, args=(futs[k::3],)) for k in range(3)]
for t in threads:
    t.start()
total = sum(f.result() for f in cf.as_completed(futs, timeout=30))
for t in threads:
    t.join()
print('hand-driven', total)

