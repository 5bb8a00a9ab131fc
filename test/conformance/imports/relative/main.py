# Relative imports inside a package: from . import, from .. import, from .mod import name; errors outside a package.
import app.service
print(app.service.run())
from app import helpers_alias
print(helpers_alias)
from app.util.text import shout, PARENT_VALUE
print(shout('hi'), PARENT_VALUE)
try:
    from . import anything
except ImportError as e:
    print('ImportError:', e)
try:
    from app import does_not_exist
except ImportError as e:
    print('ImportError:', e, '| name =', e.name)
try:
    import app.util.missing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, '| name =', e.name)
print(app.__package__, app.service.__package__, app.util.text.__package__)
