# from module import *: __all__ decides; without __all__, names not starting with _ are imported.
from with_all import *
print(sorted(n for n in dir() if not n.startswith('__')))
print(public_a(), CONSTANT)
try:
    hidden_b
except NameError as e:
    print('NameError:', e)
from without_all import *
print(sorted(n for n in dir() if not n.startswith('__')))
try:
    _private
except NameError as e:
    print('NameError:', e)
import without_all
print(without_all._private, without_all.__name__)
try:
    from bad_all import *
except AttributeError as e:
    print('AttributeError:', e)
try:
    from bad_all_type import *
except TypeError as e:
    print('TypeError:', e)
