# Uncaught chained exceptions: both "During handling" and "direct cause" sections.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('cannot parse ' + repr(text)) from e

def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except RuntimeError:
            out.append(lookup[it])
    return out

lookup = {'two': 2}
print(load(['1', 'two']))
print(load(['3', 'four']))
