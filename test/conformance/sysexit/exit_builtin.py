# raise SystemExit(n) directly sets the exit status; code after it does not run.
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
