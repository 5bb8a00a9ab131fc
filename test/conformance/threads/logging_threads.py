# logging from several threads (whole lines, each with its thread's name), handleError's
# report, FileHandler, stack_info and stacklevel, and the root logger's default set-up.
import io
import logging
import os
import sys
import threading

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(threadName)s:%(message)s'))
log = logging.getLogger('threads')
log.addHandler(h)
log.setLevel(logging.INFO)


def work(n):
    for i in range(50):
        log.info('item %d of %s', i, threading.current_thread().name)


threads = [threading.Thread(target=work, args=(k,), name='T%d' % k) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = out.getvalue().splitlines()
print(len(lines), all(line.split(':')[0] == line.split()[-1] for line in lines))
print(sorted(set(line.split(':')[0] for line in lines)))

# an error while formatting: reported on stderr, the program goes on
err = io.StringIO()
sys.stderr, real = err, sys.stderr
log.info('%d items', 'not a number')
sys.stderr = real
report = err.getvalue().splitlines()
print(report[0], report[-2:], any('Call stack:' == line for line in report))
logging.raiseExceptions = False
log.info('%d silent', 'x')
logging.raiseExceptions = True

# stack_info and stacklevel
h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(message)s'))
out.seek(0)
out.truncate()


def helper():
    log.info('from helper', stacklevel=2)


def caller():
    helper()


caller()
log.info('with stack', stack_info=True)
text = out.getvalue().splitlines()
print(text[0], text[1], text[2], text[-2].strip(), text[-1].strip())

# FileHandler, delay and close
path = 'gilvm-test-log-%d.txt' % os.getpid()
fh = logging.FileHandler(path, mode='w', delay=True)
print(os.path.exists(path), fh.stream)
log.addHandler(fh)
log.warning('to the file')
fh.close()
log.removeHandler(fh)
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
print(os.path.basename(fh.baseFilename) == path, fh.mode, fh.encoding)

# without any handler, lastResort = None: one warning on stderr, once
log.removeHandler(h)
saved = logging.lastResort
logging.lastResort = None
err = io.StringIO()
sys.stderr, real = err, sys.stderr
log.warning('lost')
log.warning('lost again')
sys.stderr = real
logging.lastResort = saved
print(repr(err.getvalue()))
print(logging.root, logging.getLogger('threads'), logging.getLogger().handlers)
logging.warning('module-level call configures the root logger')
print(logging.root.handlers, logging.root.handlers[0].formatter._fmt)
