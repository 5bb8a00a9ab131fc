# __name__ == '__main__' for the script, the module's name when imported; __file__ and sys.argv[0].
import sys
import lib
print('main __name__:', __name__)
if __name__ == '__main__':
    print('running as a script')
print(lib.whoami(), lib.__name__)
print(sys.argv[0], sys.argv[1:], __file__.endswith('main.py'))
import os_free_check
print(os_free_check.report())
print(__doc__, __spec__ is None, __package__, __loader__ is not None, '__builtins__' in globals())
