# getopt.getopt and gnu_getopt: short options (clustered, with attached or separate values),
# long options (with '=' or the next argument, unique prefixes), '--', and every error.
import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)
print(getopt.getopt(['-a', '-bval', '-c', 'cval', 'rest', '-d'], 'ab:c:d'))
print(getopt.getopt(['-ab', 'x'], 'a:b'))
print(getopt.getopt(['--alpha', '--beta=1', '--gam', '2', '--', '-a'], 'a', ['alpha', 'beta=', 'gamma=']))
print(getopt.getopt(['--al'], '', ['alpha', 'beta']))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.getopt([], 'a'))
print(getopt.getopt(['--x'], '', 'x'))
print(getopt.gnu_getopt(['a', '-b', 'c', '--long', 'd', '--', '-e'], 'b', ['long']))
print(getopt.gnu_getopt(['a', '-b'], '+b'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['a', '-b'], 'b'))
del os.environ['POSIXLY_CORRECT']
for args, short, long in [(['-x'], 'a', []), (['-a'], 'a:', []), (['--nope'], '', ['yes']),
                          (['--al'], '', ['alpha', 'alps']), (['--alpha=1'], '', ['alpha']),
                          (['--beta'], '', ['beta=']), (['-:'], 'a:', [])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e.opt), e.msg, e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
