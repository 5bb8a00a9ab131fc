# ModuleNotFoundError: its message and .name, for top-level and dotted names; ImportError from a failing module.
for name in ['no_such_module', 'pkg_missing.sub', 'os_path_nonexistent_xyz']:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, '|', e, '|', e.name, '|', isinstance(e, ImportError))
try:
    import broken
except ZeroDivisionError as e:
    print('the module raised:', e)
import sys
print('broken' in sys.modules)
try:
    import notapkg.child
except ModuleNotFoundError as e:
    print(e, '|', e.name)
try:
    from notapkg import nothing
except ImportError as e:
    print(type(e).__name__, '|', e, '|', e.name)
try:
    import sys.nothing
except ModuleNotFoundError as e:
    print(e, '|', e.name)
print('done')
import does_not_exist_at_top_level
