# subprocess.Popen: output larger than the channel's rings, large input, stderr into stdout, a
# reader thread while another writes, start errors, a child ended by a signal.
import subprocess, threading
# large output (more than the ring)
p = subprocess.Popen(['sh', '-c', 'head -c 1000000 /dev/zero | tr "\\0" x'], stdout=subprocess.PIPE)
data = p.stdout.read()
print(len(data), set(data), p.wait())
p = subprocess.Popen(['sh', '-c', 'head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
o, e = p.communicate()
print(len(o), len(e))
# large input
p = subprocess.Popen(['wc', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'y' * 500000)[0].strip())
# stderr to stdout
p = subprocess.Popen(['sh', '-c', 'echo a; echo b >&2; echo c'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.communicate())
# a reader thread while main writes
p = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
got = []
t = threading.Thread(target=lambda: got.append(p.stdout.read()))
t.start()
for i in range(100):
    p.stdin.write(b'abc %d\n' % i)
p.stdin.close()
t.join(); p.wait()
print(len(got[0]), got[0][:12])
try:
    subprocess.Popen(['no-such-command-x'])
except FileNotFoundError as e:
    print(e)
print(subprocess.Popen(['true']).wait())
p = subprocess.Popen(['sh', '-c', 'kill -TERM $$'])
print(p.wait())
