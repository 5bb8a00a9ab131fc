# Dicts and strings: word counting over generated text, string building, joining and formatting.
WORDS = ('alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar '
         'papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu').split()


def make_text(n_lines, seed=7):
    lines = []
    for i in range(n_lines):
        parts = []
        for j in range(12):
            seed = (seed * 48271) % 2147483647
            parts.append(WORDS[seed % len(WORDS)])
        lines.append(' '.join(parts))
    return '\n'.join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts):
    rows = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f'{word:<10}{n:>8}{n / 1000:>10.3f}')
    return '\n'.join(rows)


def build_strings(n):
    out = []
    for i in range(n):
        s = 'item-%05d' % i
        s = s.upper() + ':' + str(i * 7) + ';' + s[::-1]
        out.append(s.replace('-', '_'))
    return '|'.join(out)


text = make_text(40_000)
counts = count_words(text)
table = report(counts)
print(len(text), len(counts), sum(counts.values()))
print(table.splitlines()[0])
built = build_strings(120_000)
print(len(built), built[:40])
index = {}
for i, word in enumerate(text.split()):
    index.setdefault(word[:2], []).append(i)
print(len(index), sum(len(v) for v in index.values()))
