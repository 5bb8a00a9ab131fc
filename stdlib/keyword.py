"""Python's keywords: kwlist, softkwlist, iskeyword and issoftkeyword.

gilvm's stdlib: written for gilvm, not copied from CPython.

The lists are CPython 3.12's, sorted as CPython sorts them (capitalized names first). The
predicates are the bound __contains__ of frozensets, as in CPython, so they accept any hashable
value and raise TypeError only for unhashable ones.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
    'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]

# Soft keywords are keywords only in some places ('match' and 'case' statements, 'type'
# aliases, the '_' wildcard pattern); elsewhere they are ordinary names.
softkwlist = ['_', 'case', 'match', 'type']

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
