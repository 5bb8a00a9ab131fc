"""TestResult: what a test run collected (failures, errors, skips, expected failures).

gilvm's stdlib: written for gilvm, not copied from CPython.

A failure's text is its traceback as the interpreter would print it, with unittest's own
frames left out: the frames of the runner before the test's code, and for an assertion
failure the assert method's frames after it.  A module marks its frames as unittest's by
defining a global ``__unittest``.  With ``buffer`` set, what a test printed is captured and
shown under its failure.
"""

import functools
import io
import sys
import traceback

__all__ = ['TestResult']

__unittest = True

_STDOUT_LINE = '\nStdout:\n%s'
_STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Decorate an add* method: with result.failfast set, the run stops after it."""
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


def _is_unittest_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _ends_with_newline(text):
    return text if text.endswith('\n') else text + '\n'


class TestResult(object):
    """Holds the outcome of the tests run: lists of (test, formatted traceback) and counts."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Called by the runner after the tests have run."""

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # The test failed: what it printed goes to the real streams.
            out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
            if out:
                self._original_stdout.write(_STDOUT_LINE % _ends_with_newline(out))
            if err:
                self._original_stderr.write(_STDERR_LINE % _ends_with_newline(err))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        """Called once after all the tests have run."""

    @failfast
    def addError(self, test, err):
        """err is a sys.exc_info() triple."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest ended: err is None when it passed, else an exc_info triple."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        target = self.failures if issubclass(err[0], test.failureException) else self.errors
        target.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        if hasattr(self, 'collectedDurations'):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """No failure, no error and no unexpected success."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        report = traceback.TracebackException(exctype, value, tb,
                                              capture_locals=self.tb_locals, compact=True)
        lines = list(report.format())
        if self.buffer:
            out, errout = sys.stdout.getvalue(), sys.stderr.getvalue()
            if out:
                lines.append(_STDOUT_LINE % _ends_with_newline(out))
            if errout:
                lines.append(_STDERR_LINE % _ends_with_newline(errout))
        return ''.join(lines)

    def _clean_tracebacks(self, exctype, value, tb, test):
        """The traceback without unittest's frames, for the exception and those it chains."""
        first_tb = None
        pending = [(exctype, value, tb)]
        seen = {id(value)}
        is_first = True
        while pending:
            exctype, value, tb = pending.pop()
            while tb is not None and _is_unittest_frame(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                _cut_assert_frames(tb)
            if is_first:
                first_tb, is_first = tb, False
            else:
                value.__traceback__ = tb
            if value is not None:
                for linked in (value.__cause__, value.__context__):
                    if linked is not None and id(linked) not in seen:
                        seen.add(id(linked))
                        pending.append((type(linked), linked, linked.__traceback__))
        return first_tb

    def __repr__(self):
        return "<%s.%s run=%i errors=%i failures=%i>" % (
            type(self).__module__, type(self).__qualname__,
            self.testsRun, len(self.errors), len(self.failures))


def _cut_assert_frames(tb):
    """End the traceback before the first unittest frame (the assert method that failed)."""
    last_kept = None
    while tb is not None and not _is_unittest_frame(tb):
        last_kept, tb = tb, tb.tb_next
    if last_kept is not None:
        last_kept.tb_next = None
