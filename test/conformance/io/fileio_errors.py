# io.FileIO's argument checks and messages.
import io

for args, kw in [(('x', 'rt'), {}), (('x', 'rw'), {}), (('x', 'r++'), {}), (('x', 'b'), {}),
                 (('x', ''), {}), (('no_such_file_zz', 'r'), {}), ((1.5,), {}), ((-1,), {}),
                 (('x', 'w'), {'closefd': False}), ((None,), {}), (('x', 'w'), {'foo': 1}),
                 (('x', 'wx'), {}), (('x', 5), {}), ((), {})]:
    try:
        io.FileIO(*args, **kw)
        print('ok', args)
    except Exception as e:
        print(args, kw, type(e).__name__, e)
