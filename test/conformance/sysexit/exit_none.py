# sys.exit() and sys.exit(None): status 0, nothing on stderr; code after it does not run.
import sys
print('before exit')
try:
    sys.exit()
except SystemExit as e:
    print('caught SystemExit, code =', e.code, 'args =', e.args)
def leave():
    try:
        print('in leave')
        sys.exit(None)
    finally:
        print('finally runs on the way out')
leave()
print('not reached')
