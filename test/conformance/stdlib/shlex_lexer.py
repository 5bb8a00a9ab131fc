# shlex: the shlex class: its attributes in both modes, get_token/push_token/read_token,
# eof, lineno, whitespace_split, punctuation_chars (True, a str, read-only), custom
# wordchars/quotes/escape/commenters, the `source` inclusion through sourcehook,
# push_source/pop_source, the debug output, error_leader, and the errors.
import io
import shlex


def attrs(lex):
    return [(a, getattr(lex, a)) for a in ('commenters', 'wordchars', 'whitespace', 'whitespace_split', 'quotes',
                                           'escape', 'escapedquotes', 'state', 'lineno', 'debug', 'token',
                                           'source', 'eof', 'posix', 'punctuation_chars', 'infile')]


print(attrs(shlex.shlex('x')))
print(attrs(shlex.shlex('x', posix=True)))
print(attrs(shlex.shlex('x', infile='f.txt', punctuation_chars=True)))
print(attrs(shlex.shlex('x', posix=True, punctuation_chars='|;')))
print(list(shlex.shlex('x', punctuation_chars='')) , shlex.shlex(io.StringIO('a')).instream.read())
try:
    shlex.shlex('x').punctuation_chars = '|'
except AttributeError as e:
    print(type(e).__name__)

text = 'first line\nsecond "quoted part" x=1\n# comment line\nthird;fourth&&fifth|sixth a+b\n'
for posix in (False, True):
    for pc in (False, True):
        lex = shlex.shlex(text, posix=posix, punctuation_chars=pc)
        toks = []
        while True:
            t = lex.get_token()
            toks.append((t, lex.lineno))
            if t == lex.eof:
                break
        print(posix, pc, toks, repr(lex.get_token()), lex.state)

lex = shlex.shlex('a b c', posix=True)
print(lex.get_token())
lex.push_token('pushed')
lex.push_token('first')
print(lex.get_token(), lex.get_token(), lex.read_token(), lex.get_token(), lex.get_token(), lex.read_token())
lex = shlex.shlex('cmd --opt=val ~/file.txt ../x *.py', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b || c; (d) > e < f &> g', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a|b;c&&d', punctuation_chars='|')
lex.whitespace_split = True
print(list(lex))

lex = shlex.shlex('key: value, other: "x y"; // note\nlast', posix=True)
lex.wordchars += ':'
lex.commenters = '/'
lex.whitespace += ','
print(list(lex), lex.lineno)
lex = shlex.shlex("say %hello world% ^% x", posix=True)
lex.quotes = '%'
lex.escape = '^'
lex.escapedquotes = '%'
print(list(lex))

for s, posix in [('"open', False), ('"open', True), ("it's", True), ('end\\', True), ('"a\\', True), ('end\\', False)]:
    lex = shlex.shlex(s, posix=posix)
    try:
        print(list(lex))
    except ValueError as e:
        print(repr(s), posix, type(e).__name__, e, lex.lineno)


class Includer(shlex.shlex):
    files = {'inc.txt': 'from include\nsecond', 'nested.txt': 'deep source inc.txt end'}

    def sourcehook(self, newfile):
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if newfile not in self.files:
            return None
        return newfile, io.StringIO(self.files[newfile])


lex = Includer('start source inc.txt middle source "nested.txt" source missing.txt finish', infile='main.txt')
lex.source = 'source'
out = []
for tok in lex:
    out.append((tok, lex.infile, lex.lineno))
print(out)
print(lex.error_leader(), lex.error_leader('other', 7))

lex = shlex.shlex('one two', infile='outer')
lex.push_source('inner words')
print(lex.get_token(), lex.infile, len(lex.filestack))
lex.pop_source()
print(lex.get_token(), lex.infile, lex.lineno, len(lex.filestack))
lex.push_source(io.StringIO('a\nb\nc'), 'named')
print(list(lex), lex.infile, lex.lineno)

lex = shlex.shlex('x', infile='dir/main.cfg')
try:
    lex.sourcehook('"missing-include.cfg"')
except OSError as e:
    print(type(e).__name__, e.filename)

for level in (1, 2, 3):
    lex = shlex.shlex('ab "c d"\n#x\ne', posix=True)
    lex.debug = level
    lex.push_token('tok')
    print(level, list(lex))
lex = shlex.shlex('a+ "b', posix=False)
lex.debug = 2
try:
    print(list(lex))
except ValueError as e:
    print(type(e).__name__, e)
lex = shlex.shlex('a\\', posix=True)
lex.debug = 2
try:
    print(list(lex))
except ValueError as e:
    print(type(e).__name__, e)
