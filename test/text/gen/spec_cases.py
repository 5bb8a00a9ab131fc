# format-spec parsing for numbers under CPython 3.12.1: a deterministic sample of specs built
# from every part of the mini-language, with the parse-stage error CPython raises (None when the
# spec parses). Writes fixtures/format-spec-numbers.json.
import itertools, json, random, re, sys

parts = [['', 'x<', '0>', '^', '='], ['', '+', ' '], ['', 'z'], ['', '#'], ['', '0'], ['', '5', '05'],
         ['', ',', '_', ',_', '_,'], ['', '.2', '.'], ['', 'd', 'x', 'b', 'n', 'e', 'f', '%', 'g', 'c', 's', 'X', 'o', 'q', 'ss']]
PARSE = re.compile(r"^(Format specifier missing precision|Cannot specify|Invalid format specifier|Too many decimal digits)")
specs = sorted({''.join(c) for c in itertools.product(*parts)})
random.seed(12)
out = []
for sp in random.sample(specs, 800):
    for v, tn in [(5, 'int'), (1.5, 'float')]:
        try:
            format(v, sp)
            err = None
        except ValueError as e:
            err = str(e) if PARSE.match(str(e)) else None
        out.append([sp, tn, err])
json.dump(out, sys.stdout, ensure_ascii=True, separators=(',', ':'))
