def scan(lines):
    out = []
    while (line := next(lines, None)) is not None:
        if line and (n := len(line)) > 3 or line == 'x':
            out.append(n)
    return out
