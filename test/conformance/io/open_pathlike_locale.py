# open() of an os.PathLike names the path it gives in errors, not the object; encoding="locale"
# (what io.text_encoding(None) returns) is the locale's encoding.
import io
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
    def __repr__(self): return f'P({self.p!r})'
try: open(P('missing'))
except OSError as e: print(repr(e.filename), e)
try: open(P('/tmp'))
except OSError as e: print(type(e).__name__, repr(e.filename), e)
f = open('/dev/null', encoding='locale'); print(f.encoding, f.name); f.close()
f = open(P('/dev/null')); print(repr(f.name), f); f.close()
print(io.text_encoding(None))
