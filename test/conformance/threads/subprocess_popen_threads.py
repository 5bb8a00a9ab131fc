# subprocess.Popen across threads (in both lock modes): a child started by one thread is fed,
# read and waited for by others; several threads each drive their own child at once; a thread
# blocked reading a child's output does not hold up the others.
import subprocess
import threading

# One child, three threads: a writer, a reader, a waiter.
p = subprocess.Popen(['sort'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
result = {}


def writer():
    for word in ('pear', 'apple', 'fig', 'banana'):
        p.stdin.write(word + '\n')
    p.stdin.close()


def reader():
    result['lines'] = p.stdout.read().split()


def waiter():
    result['code'] = p.wait()


ts = [threading.Thread(target=f) for f in (reader, waiter, writer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(result['lines'], result['code'])

# Eight threads, eight children, each an interactive exchange through `cat`.
answers = {}


def converse(i):
    with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1) as c:
        got = []
        for k in range(20):
            c.stdin.write('%d-%d\n' % (i, k))
            got.append(c.stdout.readline().strip())
        c.stdin.close()
        answers[i] = got == ['%d-%d' % (i, k) for k in range(20)]


ts = [threading.Thread(target=converse, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(answers.items()))

# A thread blocked in readline() on a silent child while the main thread keeps working.
slow = subprocess.Popen(['sh', '-c', 'read line; echo "got $line"'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
line = []
t = threading.Thread(target=lambda: line.append(slow.stdout.readline()))
t.start()
total = sum(range(200000))
slow.stdin.write(b'go\n')
slow.stdin.flush()
t.join()
print(total, line, slow.wait())

# Big outputs drained by two threads of one child (stdout and stderr separately).
big = subprocess.Popen(['sh', '-c', 'head -c 700000 /dev/zero; head -c 900000 /dev/zero >&2'],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sizes = {}
ts = [threading.Thread(target=lambda s=s, n=n: sizes.__setitem__(n, len(s.read()))) for s, n in ((big.stdout, 'out'), (big.stderr, 'err'))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(sizes.items()), big.wait())
