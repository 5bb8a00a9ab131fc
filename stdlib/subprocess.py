"""Child processes: start commands, talk to them through pipes, wait for them.

As CPython's module: Popen, and run(), call(), check_call(), check_output(),
getstatusoutput() and getoutput(), with the exceptions and CompletedProcess.

run() and the functions on it start the child and wait for it in one native
call (``_gilvm_subprocess.run``, Node's spawnSync) with the GIL released, so
threads that run children run them in parallel, as in CPython. A Popen child
runs while Python runs: its pipes are served by the Node main thread, since a
worker's interpreter never returns to its event loop (src/cli/process-server.ts,
src/lib/popen-module.ts).
"""

import io
import os
import types

import _gilvm_subprocess

__all__ = ["Popen", "run", "CompletedProcess", "SubprocessError", "CalledProcessError", "TimeoutExpired",
           "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "getstatusoutput",
           "getoutput", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

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


_POSITIONAL = ('args', 'bufsize', 'executable', 'stdin', 'stdout', 'stderr', 'preexec_fn',
               'close_fds', 'shell', 'cwd', 'env', 'universal_newlines', 'startupinfo',
               'creationflags', 'restore_signals', 'start_new_session', 'pass_fds')


def _options(popenargs, kwargs):
    """Popen's arguments as one dict, checked as Popen.__init__ checks them."""
    if len(popenargs) > len(_POSITIONAL):
        raise TypeError('Popen.__init__() takes from 2 to %d positional arguments but %d were given'
                        % (len(_POSITIONAL) + 1, len(popenargs) + 1))
    opts = dict(_DEFAULTS)
    for name, value in zip(_POSITIONAL, popenargs):
        if name in kwargs:
            raise TypeError("Popen.__init__() got multiple values for argument '%s'" % name)
        opts[name] = value
    for key, value in kwargs.items():
        if key not in _DEFAULTS and key != 'args':
            raise TypeError("Popen.__init__() got an unexpected keyword argument '%s'" % key)
        opts[key] = value
    if 'args' not in opts:
        raise TypeError("Popen.__init__() missing 1 required positional argument: 'args'")
    for key in _UNSUPPORTED:
        if opts[key] != _DEFAULTS[key] and not (key == 'pass_fds' and not opts[key]):
            raise NotImplementedError("gilvm's subprocess does not support %s" % key)
    if opts['text'] is not None and opts['universal_newlines'] is not None \
            and bool(opts['universal_newlines']) != bool(opts['text']):
        raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                              'supplied but different. Pass one or the other.')
    opts['text_mode'] = bool(opts['encoding'] or opts['errors'] or opts['text']
                             or opts['universal_newlines'])
    return opts


def _launch(opts):
    """What the child needs: (argv, the executable's path, env strings, cwd, stdin, stdout,
    stderr), with the errors CPython's Popen raises before or at the exec."""
    argv = _argv(opts['args'], opts['shell'])
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
    return (tuple(argv), path, env_strings, cwd, _stream(opts['stdin'], 'stdin'),
            _stream(opts['stdout'], 'stdout'), _stream(opts['stderr'], 'stderr')), executable


def _start_error(errno, executable):
    error = OSError(errno, os.strerror(errno))
    error.filename = executable
    return error


def _timeout_ms(timeout):
    return None if timeout is None else max(0, int(timeout * 1000))


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it to finish, and return a CompletedProcess.

    As CPython's: capture_output=True captures stdout and stderr; input is sent to the
    child's stdin; text (or encoding/errors) decodes the output; check=True raises
    CalledProcessError on a non-zero exit status; at `timeout` seconds the child is
    killed and TimeoutExpired raised. The child runs to its end under one call, without
    the main thread's help (Popen needs it), the GIL released meanwhile.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    opts = _options(popenargs, kwargs)
    args = opts['args']
    text_mode = opts['text_mode']
    launch, executable = _launch(opts)
    if input is not None:
        if text_mode and isinstance(input, str):
            input = input.encode(opts['encoding'] or 'utf-8', opts['errors'] or 'strict')
        elif isinstance(input, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        input = bytes(input)
    argv, path, env_strings, cwd, stdin, stdout, stderr = launch
    code, out, err, timed_out, errno = _gilvm_subprocess.run(
        argv, path, env_strings, cwd, input, stdin, stdout, stderr, _timeout_ms(timeout))
    if errno:
        raise _start_error(errno, executable)
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


# Channels of children that the Node main thread may still write into: kept alive here (a Popen
# object may be dropped while its child runs) until the main thread has let go of them.
_active = []


def _forget_finished():
    _active[:] = [c for c in _active if not _gilvm_subprocess.popen_done(c)]


class _ChildOutput(io.RawIOBase):
    """A child's stdout or stderr, as the raw stream under Popen.stdout / Popen.stderr."""

    def __init__(self, channel, pipe):
        self._channel = channel
        self._pipe = pipe

    def readable(self):
        return True

    def readinto(self, buffer):
        data = _gilvm_subprocess.popen_read(self._channel, self._pipe, len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def readall(self):
        return _gilvm_subprocess.popen_read(self._channel, self._pipe, -1)


class _ChildInput(io.RawIOBase):
    """A child's stdin, as the raw stream under Popen.stdin."""

    def __init__(self, channel):
        self._channel = channel

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        return _gilvm_subprocess.popen_write(self._channel, data)

    def close(self):
        if not self.closed:
            _gilvm_subprocess.popen_close_stdin(self._channel)
        super().close()


class Popen:
    """A child process, running while this program runs, with pipes to and from it.

    As CPython's: stdin, stdout and stderr are file objects where PIPE was asked for (text
    ones in text mode), poll(), wait(), communicate(), send_signal(), terminate(), kill(),
    and use as a context manager. The Node main thread serves the child's pipes, so any
    thread may read them or wait for the child (the GIL released meanwhile). The pipes have
    no file descriptors in this process: fileno() on them raises io.UnsupportedOperation.
    """

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.pid = None
        self.stdin = self.stdout = self.stderr = None
        self._communication_started = False
        self._collected = [b'', b'']
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        opts = _options((), dict(
            args=args, bufsize=bufsize, executable=executable, stdin=stdin, stdout=stdout,
            stderr=stderr, preexec_fn=preexec_fn, close_fds=close_fds, shell=shell, cwd=cwd,
            env=env, universal_newlines=universal_newlines, startupinfo=startupinfo,
            creationflags=creationflags, restore_signals=restore_signals,
            start_new_session=start_new_session, pass_fds=pass_fds, user=user, group=group,
            extra_groups=extra_groups, encoding=encoding, errors=errors, text=text, umask=umask,
            pipesize=pipesize, process_group=process_group))
        self.text_mode = opts['text_mode']
        self.encoding = encoding
        self.errors = errors
        launch, executable = _launch(opts)
        _forget_finished()
        channel = bytearray(_gilvm_subprocess.CHANNEL_BYTES)
        pid, errno = _gilvm_subprocess.popen_spawn(channel, *launch)
        if errno:
            raise _start_error(errno, executable)
        _active.append(channel)
        self._channel = channel
        self.pid = pid
        line_buffering = bufsize == 1 and self.text_mode
        if stdin == PIPE:
            raw = _ChildInput(channel)
            self.stdin = raw if bufsize == 0 else io.BufferedWriter(raw)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=line_buffering,
                                              encoding=encoding, errors=errors)
        for name, pipe in (('stdout', 0), ('stderr', 1)):
            if locals()[name] == PIPE:
                raw = _ChildOutput(channel, pipe)
                stream = raw if bufsize == 0 else io.BufferedReader(raw)
                if self.text_mode:
                    stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
                setattr(self, name, stream)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        text = '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + '...>'
        return text

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type != KeyboardInterrupt:
                self.wait()

    def poll(self):
        """The exit status if the child has ended (negative: the signal that ended it), else None."""
        if self.returncode is None:
            self.returncode = _gilvm_subprocess.popen_poll(self._channel)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end and return its exit status; TimeoutExpired at `timeout`."""
        if self.returncode is None:
            code = _gilvm_subprocess.popen_wait(self._channel, _timeout_ms(timeout))
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Send `input` to stdin (then close it), read stdout and stderr to their end, wait for
        the child, and return (stdout, stderr) (None for what was not a pipe)."""
        if self._communication_started and input:
            raise ValueError('Cannot send input after starting communication')
        if not self._communication_started and self.stdin:
            if input:
                try:
                    self.stdin.write(input)
                except BrokenPipeError:
                    pass
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        self._communication_started = True
        want_out = bool(self.stdout) and not self.stdout.closed
        want_err = bool(self.stderr) and not self.stderr.closed
        out = err = None
        if want_out or want_err:
            o, e, complete = _gilvm_subprocess.popen_collect(self._channel, want_out, want_err,
                                                             _timeout_ms(timeout))
            if o is not None:
                self._collected[0] += o
            if e is not None:
                self._collected[1] += e
            if not complete:
                raise TimeoutExpired(self.args, timeout)
            if want_out:
                out = self._output(self._collected[0])
                self.stdout.close()
            if want_err:
                err = self._output(self._collected[1])
                self.stderr.close()
        try:
            self.wait(timeout)
        except TimeoutExpired:
            raise
        return out, err

    def _output(self, data):
        if self.text_mode:
            return _decode(data, self.encoding, self.errors)
        return data

    def send_signal(self, sig):
        """Send signal `sig` to the child, unless it has ended."""
        self.poll()
        if self.returncode is None:
            os.kill(self.pid, sig)

    def terminate(self):
        """SIGTERM to the child."""
        import signal
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """SIGKILL to the child."""
        import signal
        self.send_signal(signal.SIGKILL)


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
