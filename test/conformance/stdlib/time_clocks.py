# time.clock_gettime and friends, and time.get_clock_info (values compared, not printed)
import time
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(name, time.get_clock_info(name))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
print(abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 1)
print(type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)), time.clock_gettime_ns(time.CLOCK_PROCESS_CPUTIME_ID) > 0)
a = time.clock_gettime(time.CLOCK_THREAD_CPUTIME_ID); sum(range(100000)); print(time.clock_gettime(time.CLOCK_THREAD_CPUTIME_ID) >= a)
print(time.clock_getres(time.CLOCK_REALTIME), time.clock_getres(time.CLOCK_MONOTONIC))
for bad in [lambda: time.get_clock_info('x'), lambda: time.get_clock_info(3), lambda: time.clock_gettime('a'), lambda: time.clock_gettime(), lambda: time.clock_gettime(12345)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e, getattr(e, 'errno', None))
