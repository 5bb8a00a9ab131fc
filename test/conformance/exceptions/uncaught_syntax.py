# An uncaught SyntaxError from compile() prints the file, line and caret, and exit status 1.
src = 'a = 1\nb = (2 +\n'
compile('x = 1 +* 2', 'snippet.py', 'exec')
