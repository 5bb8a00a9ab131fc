# warnings: filters and actions (once, module, always, default, ignore, error), showwarning hooks
import sys
import warnings


def emit(text, category=UserWarning):
    warnings.warn(text, category)


def run(label, action, texts, **kw):
    with warnings.catch_warnings(record=True) as log:
        warnings.resetwarnings()
        warnings.simplefilter(action, **kw)
        for t in texts:
            try:
                emit(t)
            except UserWarning as e:
                log.append(warnings.WarningMessage('raised ' + str(e), UserWarning, '', 0))
        print(label, [str(w.message) for w in log])


run('always', 'always', ['a', 'a', 'b'])
run('default', 'default', ['a', 'a', 'b'])
run('once', 'once', ['a', 'a', 'b'])
run('module', 'module', ['a', 'a', 'b'])
run('ignore', 'ignore', ['a', 'b'])
run('error', 'error', ['a'])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip', category=UserWarning)
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.filterwarnings('ignore', module='nomatch')
    emit('skip this')
    emit('SKIP that too')
    emit('keep')
    emit('skipped? no: a prefix match only' if False else 'not skip')
    try:
        emit('rt', RuntimeWarning)
    except RuntimeWarning as e:
        print('RuntimeWarning raised:', e)
    print([str(w.message) for w in log])
    print(len(warnings.filters), [f[0] for f in warnings.filters], [f[2].__name__ for f in warnings.filters])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter('always')
    warnings.simplefilter('ignore', DeprecationWarning, append=True)
    warnings.simplefilter('ignore', DeprecationWarning, append=True)
    print([f[0] for f in warnings.filters])
    emit('dep', DeprecationWarning)
    print(len(log))

with warnings.catch_warnings(action='ignore'):
    emit('never shown')
with warnings.catch_warnings(record=True, action='always', category=UserWarning) as log:
    emit('x')
    emit('x')
    print(len(log))

# a replaced showwarning / formatwarning
seen = []
def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = my_show
    warnings.warn('to hook')
print(seen, warnings.showwarning is not my_show)

old = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: f'<{c.__name__}:{m}>\n'
warnings.simplefilter('always')
warnings.warn('formatted')
warnings.formatwarning = old

class MyWarning(UserWarning):
    pass

warnings.warn('custom', MyWarning)
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 42)
warnings.warn_explicit('explicit mod', UserWarning, 'other.py', 7, module='mod', registry={})
reg = {}
warnings.simplefilter('default')
warnings.warn_explicit('registry', UserWarning, 'r.py', 1, registry=reg)
warnings.warn_explicit('registry', UserWarning, 'r.py', 1, registry=reg)
print(sorted(k for k in reg if k != 'version'))
print(sys.__dict__.get('__warningregistry__') is None)

for bad in [lambda: warnings.filterwarnings('ignore', message=1), lambda: warnings.filterwarnings('ignore', category=1),
            lambda: warnings.filterwarnings('ignore', category=int), lambda: warnings.simplefilter('always', lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print('AssertionError', e)
w = warnings.WarningMessage('m', UserWarning, 'f', 1)
print(w, w.category, w.file, w.source)
