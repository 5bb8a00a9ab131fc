# KeyboardInterrupt-like BaseException subclasses and SystemExit inside except: exit statuses.
import sys
class Stop(BaseException):
    pass
try:
    raise Stop('custom base exception')
except BaseException as e:
    print('caught', type(e).__name__, e)
try:
    try:
        raise ValueError('original')
    except ValueError:
        sys.exit(5)
except SystemExit as e:
    print('SystemExit during handling, context:', repr(e.__context__))
print('now raising SystemExit(-1), status', -1 & 0xff)
sys.exit(-1)
