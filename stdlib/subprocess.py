"""Child processes: run a command, wait for it, and collect its output.

gilvm's subprocess offers the blocking half of CPython's module: run(), call(),
check_call(), check_output(), getstatusoutput() and getoutput(), with the
exceptions and CompletedProcess they share. The child is started and waited
for by the native ``_gilvm_subprocess.run`` with the GIL released, so threads
that run children run them in parallel, as in CPython. There is no Popen: a
gilvm thread cannot talk to a child while it runs (see
src/lib/subprocess-module.ts), so pipes are written and read whole.
"""

import os
import types

import _gilvm_subprocess

__all__ = ["run", "CompletedProcess", "SubprocessError", "CalledProcessError", "TimeoutExpired",
           "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "getstatusoutput",
           "getoutput", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run(check=True), check_call() or check_output() see a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output, for symmetry with stderr."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: the arguments, the exit status, and the captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit status is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# Popen's keyword arguments that run() passes on; those gilvm cannot honour raise
# NotImplementedError when given a value other than their default.
_DEFAULTS = {
    'bufsize': -1, 'executable': None, 'stdin': None, 'stdout': None, 'stderr': None,
    'preexec_fn': None, 'close_fds': True, 'shell': False, 'cwd': None, 'env': None,
    'universal_newlines': None, 'startupinfo': None, 'creationflags': 0,
    'restore_signals': True, 'start_new_session': False, 'pass_fds': (), 'user': None,
    'group': None, 'extra_groups': None, 'encoding': None, 'errors': None, 'text': None,
    'umask': -1, 'pipesize': -1, 'process_group': None,
}
_UNSUPPORTED = ('preexec_fn', 'user', 'group', 'extra_groups', 'umask', 'process_group',
                'pass_fds', 'start_new_session')


def _argv(args, shell):
    if shell:
        if isinstance(args, (str, bytes)) or not hasattr(args, '__iter__') or isinstance(args, os.PathLike):
            args = [args]
        else:
            args = list(args)
        return ['/bin/sh', '-c'] + [os.fsdecode(a) for a in args]
    if isinstance(args, (str, bytes, os.PathLike)):
        return [os.fsdecode(args)]
    return [os.fsdecode(a) for a in args]


def _find_executable(name, env):
    """The path execvpe would run for `name`, or the OSError it would fail with."""
    if os.path.dirname(name):
        candidates = [name]
    else:
        candidates = [os.path.join(d, name) for d in os.get_exec_path(env)]
    error = None
    for path in candidates:
        if os.path.isdir(path):
            error = error or PermissionError(13, 'Permission denied')
        elif os.path.exists(path):
            if os.access(path, os.X_OK):
                return path
            error = error or PermissionError(13, 'Permission denied')
    if error is None:
        error = FileNotFoundError(2, 'No such file or directory')
    error.filename = name
    raise error


def _stream(value, name):
    if value is None or value in (PIPE, DEVNULL) or (value == STDOUT and name == 'stderr'):
        return value
    if isinstance(value, int):
        if value < 0:
            raise ValueError('bad value for %s: %r' % (name, value))
        return value
    fileno = getattr(value, 'fileno', None)
    if fileno is None:
        raise TypeError('%s must be a file object, a file descriptor, PIPE, DEVNULL or None' % name)
    if hasattr(value, 'flush'):
        value.flush()
    return fileno()


def _decode(data, encoding, errors):
    text = data.decode(encoding or 'utf-8', errors or 'strict')
    return text.replace('\r\n', '\n').replace('\r', '\n')


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it to finish, and return a CompletedProcess.

    As CPython's: capture_output=True captures stdout and stderr; input is sent to the
    child's stdin; text (or encoding/errors) decodes the output; check=True raises
    CalledProcessError on a non-zero exit status; at `timeout` seconds the child is
    killed and TimeoutExpired raised.
    """
    if len(popenargs) > 1:
        raise NotImplementedError("gilvm's subprocess takes Popen's arguments by keyword only")
    if popenargs:
        if 'args' in kwargs:
            raise TypeError("run() got multiple values for argument 'args'")
        args = popenargs[0]
    elif 'args' in kwargs:
        args = kwargs.pop('args')
    else:
        raise TypeError("Popen.__init__() missing 1 required positional argument: 'args'")
    for key in kwargs:
        if key not in _DEFAULTS:
            raise TypeError("Popen.__init__() got an unexpected keyword argument '%s'" % key)
    opts = dict(_DEFAULTS)
    opts.update(kwargs)
    for key in _UNSUPPORTED:
        if opts[key] != _DEFAULTS[key] and not (key == 'pass_fds' and not opts[key]):
            raise NotImplementedError("gilvm's subprocess does not support %s" % key)
    if input is not None:
        if opts['stdin'] is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        opts['stdin'] = PIPE
    if capture_output:
        if opts['stdout'] is not None or opts['stderr'] is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        opts['stdout'] = PIPE
        opts['stderr'] = PIPE
    text_mode = bool(opts['encoding'] or opts['errors'] or opts['text'] or opts['universal_newlines'])
    if opts['text'] is not None and opts['universal_newlines'] is not None \
            and bool(opts['universal_newlines']) != bool(opts['text']):
        raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                              'supplied but different. Pass one or the other.')

    argv = _argv(args, opts['shell'])
    if not argv:
        raise IndexError('list index out of range')
    env = opts['env']
    if env is not None:
        env_strings = tuple('%s=%s' % (os.fsdecode(k), os.fsdecode(v)) for k, v in env.items())
    else:
        env_strings = tuple('%s=%s' % kv for kv in os.environ.items())
    executable = opts['executable']
    executable = os.fsdecode(executable) if executable is not None else argv[0]
    cwd = opts['cwd']
    if cwd is not None:
        cwd = os.fsdecode(cwd)
        if not os.path.isdir(cwd):
            error = (NotADirectoryError(20, 'Not a directory') if os.path.exists(cwd)
                     else FileNotFoundError(2, 'No such file or directory'))
            error.filename = cwd
            raise error
    path = _find_executable(executable, env)
    if input is not None:
        if text_mode and isinstance(input, str):
            input = input.encode(opts['encoding'] or 'utf-8', opts['errors'] or 'strict')
        elif isinstance(input, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        input = bytes(input)
    stdin = _stream(opts['stdin'], 'stdin')
    stdout = _stream(opts['stdout'], 'stdout')
    stderr = _stream(opts['stderr'], 'stderr')
    if timeout is not None:
        timeout_ms = max(0, int(timeout * 1000))
    else:
        timeout_ms = None
    code, out, err, timed_out, errno = _gilvm_subprocess.run(
        tuple(argv), path, env_strings, cwd, input, stdin, stdout, stderr, timeout_ms)
    if errno:
        error = OSError(errno, os.strerror(errno))
        error.filename = executable
        raise error
    if timed_out:
        # As CPython's: the bytes read from stdout so far (even in text mode), None if none.
        raise TimeoutExpired(args, timeout, output=out or None)
    if text_mode:
        if out is not None:
            out = _decode(out, opts['encoding'], opts['errors'])
        if err is not None:
            err = _decode(err, opts['encoding'], opts['errors'])
    if check and code:
        raise CalledProcessError(code, args, output=out, stderr=err)
    return CompletedProcess(args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status (negative: the signal that ended it)."""
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError if its exit status is non-zero, else return 0."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return what it wrote to stdout; CalledProcessError if it failed."""
    for key in ('stdout', 'check'):
        if key in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % key)
    if 'input' in kwargs and kwargs['input'] is None:
        text = kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
            or kwargs.get('errors')
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run `cmd` in a shell; return (exit status, output with stderr, less a final newline)."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Run `cmd` in a shell and return its output (stdout and stderr), less a final newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Quote a sequence of arguments as the Microsoft C runtime parses a command line."""
    parts = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        out = []
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
                continue
            if ch == '"':
                # The backslashes before a quote are doubled, and the quote escaped.
                out.append('\\' * (backslashes * 2 + 1) + '"')
            else:
                out.append('\\' * backslashes + ch)
            backslashes = 0
        if quote:
            out.append('\\' * (backslashes * 2) + '"')
            parts.append('"' + ''.join(out))
        else:
            out.append('\\' * backslashes)
            parts.append(''.join(out))
    return ' '.join(parts)
