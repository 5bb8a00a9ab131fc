# logging's core: levels, the logger hierarchy, handlers and formatters (the three styles),
# filters, adapters, basicConfig, exceptions in records, lastResort, and threads' names.
import io
import logging
import sys
import threading

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15), logging.WARN, logging.FATAL)
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'), sorted(logging.getLevelNamesMapping().items()))
root = logging.getLogger()
print(root, logging.getLogger('root') is root, root.level, root.getEffectiveLevel())
a = logging.getLogger('a')
abc = logging.getLogger('a.b.c')
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, a.parent is root, a.getChild('b') is ab, abc)
print(sorted(l.name for l in a.getChildren()), a.manager is root.manager)

# the last resort: no handler anywhere, WARNING and above to stderr, message only
err = io.StringIO()
sys.stderr, real_stderr = err, sys.stderr
a.warning('nobody %s', 'listens')
a.info('not shown')
sys.stderr = real_stderr
print(repr(err.getvalue()))

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s|%(threadName)s|%(module)s'))
a.addHandler(h)
a.setLevel(logging.DEBUG)


def work():
    abc.debug('deep %d', 1)
    ab.info('mid %(x)s', {'x': 'mapped'})


work()
t = threading.Thread(target=work, name='worker-1')
t.start()
t.join()
ab.propagate = False
ab.warning('stops here')
ab.propagate = True
a.log(15, 'custom level')
print(out.getvalue(), end='')
print(a.isEnabledFor(logging.DEBUG), ab.getEffectiveLevel(), a.hasHandlers(), logging.getLogger('z').hasHandlers())

out.seek(0)
out.truncate()
h.setFormatter(logging.Formatter('{levelname:>8}:{message}', style='{'))
a.error('braces %s', 'ok')
h.setFormatter(logging.Formatter('${levelname}-$message', style='$'))
a.critical('dollars')
h.setFormatter(logging.Formatter('%(message)s [%(user)s]', defaults={'user': 'anon'}))
a.info('defaults')
a.info('extra', extra={'user': 'bob'})
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    a.exception('failed with %s', 'traceback')
print('\n'.join(line for line in out.getvalue().splitlines() if not line.startswith('  File')))

for bad in [lambda: logging.Formatter('no fields'), lambda: logging.Formatter('{}', style='{'),
            lambda: logging.Formatter('x', style='?'), lambda: a.setLevel('LOUD'), lambda: a.setLevel(1.5),
            lambda: a.info('x', extra={'message': 1}), lambda: logging.basicConfig(stream=out, filename='x'),
            lambda: logging.basicConfig(bogus=1), lambda: a.log('INFO', 'x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# filters: a Filter by name, a callable, a filter that replaces the record
out.seek(0)
out.truncate()
h.addFilter(logging.Filter('a.b'))
a.info('filtered out')
ab.info('passes')
abc.info('passes too')
h.filters.clear()
h.addFilter(lambda r: 'secret' not in r.getMessage())
a.info('a secret')
a.info('public')
h.filters.clear()


def shout(record):
    record = logging.makeLogRecord(record.__dict__)
    record.msg = record.msg.upper()
    return record


h.addFilter(shout)
a.info('quiet')
h.filters.clear()
print(out.getvalue(), end='')

adapter = logging.LoggerAdapter(a, {'user': 'ann'})
h.setFormatter(logging.Formatter('%(message)s by %(user)s'))
out.seek(0)
out.truncate()
adapter.info('adapted %d', 3)
print(out.getvalue(), end='', flush=True)
print(adapter, h, logging.NullHandler(), logging.Filter('x').filter(logging.makeLogRecord({'name': 'x.y'})))
r = logging.LogRecord('n', 20, '/p/mod.py', 7, 'm %s', ('a',), None, 'fn')
print(r, r.getMessage(), r.filename, r.module, r.levelname, r.funcName, r.threadName, r.processName)

a.removeHandler(h)
logging.disable(logging.INFO)
print(a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.WARNING))
logging.disable(logging.NOTSET)

# basicConfig on the root logger, to stdout
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.info('root info')
logging.debug('root debug hidden')
logging.getLogger('x.y').warning('child propagates')
logging.basicConfig(level=logging.DEBUG)
print(root.level, len(root.handlers))
logging.basicConfig(stream=sys.stdout, format='%(message)s!', force=True)
logging.warning('forced')
logging.captureWarnings(True)
import warnings
warnings.warn('captured')
logging.captureWarnings(False)
print(logging.getLogger('py.warnings').handlers)
