# sys.exit('message'): the message goes to stderr and the status is 1.
import sys
print('about to fail')
sys.stdout.flush()
try:
    sys.exit('caught message')
except SystemExit as e:
    print('caught:', e.code, str(e))
sys.exit('fatal: configuration file is missing')
