# json.scanner.make_scanner and JSONDecoder.scan_once: StopIteration where no value starts
import json, json.scanner, json.decoder
d = json.JSONDecoder()
print(d.scan_once('[1, 2] x', 0), d.scan_once('xx"s"', 2))
for args in [('abc', 0), ('', 0), ('[1', 0), ('1', 5), (' 1', 0)]:
    try:
        print(d.scan_once(*args))
    except StopIteration as e:
        print('StopIteration', e.value, e.args)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
s = json.scanner.make_scanner(json.JSONDecoder(parse_float=str, object_hook=len))
print(s('{"a": [1.5, NaN]}', 0), json.loads('[NaN, -Infinity]'), json.loads('[NaN]', parse_constant=repr))
print(d.parse_string('"ab\\n"', 1), json.decoder.scanstring('"x"', 1, False))
print(callable(json.scanner.py_make_scanner), callable(json.decoder.JSONDecoder().parse_string))
