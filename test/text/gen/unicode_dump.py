# Dumps CPython 3.12's per-code-point str predicates and case mappings as JSON,
# the oracle for test/text/unicode.test.ts (and for the tables in src/text/unicode-tables.ts).
import json, sys, unicodedata

MAX = 0x110000

def ranges(pred):
    out = []
    start = None
    for cp in range(MAX):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append([start, cp - 1]); start = None
    if start is not None:
        out.append([start, MAX - 1])
    return out

def ch(cp):
    return chr(cp)

preds = {
    'isalpha': lambda cp: ch(cp).isalpha(),
    'isdecimal': lambda cp: ch(cp).isdecimal(),
    'isdigit': lambda cp: ch(cp).isdigit(),
    'isnumeric': lambda cp: ch(cp).isnumeric(),
    'isprintable': lambda cp: ch(cp).isprintable(),
    'isspace': lambda cp: ch(cp).isspace(),
    'islower': lambda cp: ch(cp).islower(),
    'isupper': lambda cp: ch(cp).isupper(),
    'istitle': lambda cp: ch(cp).istitle(),
    'isalnum': lambda cp: ch(cp).isalnum(),
    'idstart': lambda cp: ch(cp).isidentifier(),
    'idcontinue': lambda cp: ('a' + ch(cp)).isidentifier(),
    'unassigned': lambda cp: unicodedata.category(ch(cp)) == 'Cn',
    'titlecat': lambda cp: unicodedata.category(ch(cp)) == 'Lt',
}

def mapping(fn):
    out = {}
    for cp in range(MAX):
        c = ch(cp)
        m = fn(c)
        if m != c:
            out[cp] = [ord(x) for x in m]
    return out

data = {name: ranges(p) for name, p in preds.items()}
data['upper'] = mapping(str.upper)
# lower of 'Σ' alone is 'σ' (no final-sigma context)
data['lower'] = mapping(str.lower)
data['title'] = mapping(lambda c: c.title())
data['casefold'] = mapping(str.casefold)
data['swapcase'] = mapping(str.swapcase)
# a cased letter before a code point shows whether it is case-ignorable (final sigma context)
data['sigmaFinalBefore'] = ranges(lambda cp: (ch(cp) + '\u03a3').lower()[-1] == '\u03c2')
data['sigmaNotFinalAfter'] = ranges(lambda cp: ('A\u03a3' + ch(cp)).lower()[1] == '\u03c3')
json.dump(data, sys.stdout, separators=(',', ':'))
