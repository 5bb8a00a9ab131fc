# subprocess.Popen: pipes both ways, text mode, iteration, an interactive exchange, poll/kill/
# terminate, wait and communicate timeouts (communicate again after one).
import subprocess, sys, time, threading
p = subprocess.Popen(['echo', 'hello'], stdout=subprocess.PIPE)
print(p.stdout.read(), p.wait(), p.returncode, repr(p)[:30])
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'data in\n')
print(out, err, p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo o; echo e >&2; exit 5'], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.communicate(), p.returncode)
with subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print('got', line, end='')
print(p.returncode)
# interactive: write a line, read the reply
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for w in ('one', 'two'):
    p.stdin.write(w + '\n')
    print('echo:', p.stdout.readline(), end='')
p.stdin.close()
print(p.wait())
# poll while running, kill
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TO', e)
p.terminate(); print(p.wait())
# communicate with timeout, then again
p = subprocess.Popen(['sh', '-c', 'echo early; sleep 0.5; echo late'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TO', e)
print(p.communicate())
