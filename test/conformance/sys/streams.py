# sys.stdout / sys.stderr / sys.stdin objects: write returns a count, encoding, isatty on pipes, writelines.
import sys
n = sys.stdout.write('abc\n')
print('write returned', n)
print(sys.stdout.write(''), sys.stdout.write('é\n'))
sys.stdout.writelines(['one\n', 'two\n'])
sys.stderr.write('error line 1\n')
print('error line 2', file=sys.stderr)
sys.stderr.flush()
sys.stdout.flush()
print(sys.stdout.encoding.lower().replace('-', ''), sys.stderr.encoding.lower().replace('-', ''))
print(sys.stdout.isatty(), sys.stderr.isatty(), sys.stdin.isatty())
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.stdin.read(), 'stdin was empty')
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError:', e)
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
    def flush(self):
        pass
saved = sys.stdout
sys.stdout = Capture()
print('captured text', 123)
cap, sys.stdout = sys.stdout, saved
print('back on stdout, captured:', cap.data)
saved_err = sys.stderr
sys.stderr = Capture()
print('to captured stderr', file=sys.stderr)
cap_err, sys.stderr = sys.stderr, saved_err
print(cap_err.data)
for i in range(3):
    sys.stdout.write(f'{i}')
    sys.stderr.write(f'<{i}>')
sys.stdout.write('\n')
sys.stderr.write('\n')
