# exit() and quit() builtins behave as sys.exit (they are site's helpers); raise SystemExit(2) sets the status.
import sys
try:
    raise SystemExit(7)
except SystemExit as e:
    print('code', e.code)
def run():
    try:
        return 'value'
    finally:
        print('finally in run')
print(run())
sys.stdout.write('last line\n')
raise SystemExit(2)
