try:
    import json
except ImportError:
    json = None

if json is not None:
    from json import dumps as d
else:
    d = repr

width = 5
msg = f"{'nested ' + f'{width:>{width}}'}: {d([1, 2])!s:^20}"
