# token: every constant's number, tok_name, EXACT_TOKEN_TYPES (in CPython's order), __all__,
# the predicates; keyword is tested in keyword_lists.py.
import token

print(token.__all__)
print(sorted((k, v) for k, v in vars(token).items() if isinstance(v, int) and not k.startswith('_')))
print(list(token.tok_name.items()))
print(list(token.EXACT_TOKEN_TYPES.items()))
print(token.N_TOKENS, token.NT_OFFSET, token.tok_name[token.OP], token.tok_name[token.NT_OFFSET])
for x in (0, 1, 55, 255, 256, 300, -1):
    print(x, token.ISTERMINAL(x), token.ISNONTERMINAL(x), token.ISEOF(x))
print(all(token.tok_name[getattr(token, n)] == n for n in token.__all__ if n.isupper() and n[:2] != 'IS'))
print(token.EXACT_TOKEN_TYPES['->'] == token.RARROW, token.EXACT_TOKEN_TYPES.get('=>'))
print(token.__doc__.splitlines()[0])
try:
    token.ISTERMINAL('x')
except Exception as e:
    print(type(e).__name__, e)
