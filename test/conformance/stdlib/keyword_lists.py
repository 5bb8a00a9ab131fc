# keyword: the 3.12 lists, __all__, the predicates on keywords, soft keywords, other names,
# non-str values (accepted, False) and unhashable ones (TypeError).
import keyword

print(keyword.__all__)
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
for w in ('if', 'None', 'none', 'async', 'await', 'match', 'case', 'type', '_', 'print', '', 'exec', 'nonlocal'):
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3), keyword.iskeyword(None), keyword.issoftkeyword(b'match'))
for f in (keyword.iskeyword, keyword.issoftkeyword):
    try:
        f(['if'])
    except Exception as e:
        print(type(e).__name__, e)
print(keyword.kwlist == sorted(keyword.kwlist), keyword.softkwlist == sorted(keyword.softkwlist))
