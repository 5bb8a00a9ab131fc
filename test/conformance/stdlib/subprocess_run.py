# subprocess.run and the functions on it: capture, input, text mode and newlines, check,
# signals, timeouts, errors before the child starts, shells, environments, os.system.
import subprocess, os, sys
r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r)
print(subprocess.run('echo $((6*7)); echo err >&2; exit 3', shell=True, capture_output=True, text=True))
print(subprocess.check_output(['printf', 'a\\r\\nb\\rc'], text=True).__repr__())
print(subprocess.run(['cat'], input=b'xyz', capture_output=True).stdout)
print(subprocess.run(['cat'], input='t\r\n', capture_output=True, text=True).stdout.__repr__())
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('CPE', e, e.returncode, e.cmd, e.output)
try:
    subprocess.check_output('kill -9 $$', shell=True)
except subprocess.CalledProcessError as e:
    print('CPE', e, e.returncode)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TO', type(e.timeout).__name__, e.output, e.stderr)
try:
    subprocess.run('echo partial; sleep 10', shell=True, timeout=1, capture_output=True)
except subprocess.TimeoutExpired as e:
    print('TO', e, e.output, e.stderr)
for bad in (['nonexistent-cmd-xyz'], ['/etc/passwd'], ['/tmp']):
    try:
        subprocess.run(bad)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(['ls'], cwd='/nonexistent-dir')
except OSError as e:
    print(type(e).__name__, e)
print(subprocess.getstatusoutput('echo out; echo err >&2; exit 4'))
print(subprocess.getoutput('echo hello'))
print(subprocess.call(['sh', '-c', 'exit 7']))
print(subprocess.check_call(['true']))
print(subprocess.run(['sh', '-c', 'echo 1; echo 2 >&2; echo 3'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True).stdout)
os.environ['GILVM_SP_TEST'] = 'inherited'
print(subprocess.run(['sh', '-c', 'echo $GILVM_SP_TEST'], capture_output=True, text=True).stdout, end='')
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout, end='')
print(subprocess.run(['echo', 'x'], stdout=subprocess.DEVNULL))
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'f\\\\"g', '']))
print(repr(subprocess.CompletedProcess(['x'], 0)), subprocess.CompletedProcess[int])
try:
    subprocess.run(['echo'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print('VE', e)
try:
    subprocess.run(['cat'], input=b'', stdin=subprocess.PIPE)
except ValueError as e:
    print('VE', e)
print(os.system('exit 3'), os.waitstatus_to_exitcode(os.system('exit 3')))
sys.stdout.flush()
print(os.system('echo from-system'))
