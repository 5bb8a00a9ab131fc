"""The shapes package."""
print('shapes/__init__ runs, __name__ =', __name__)
VERSION = '1.0'
INIT_COUNT = globals().get('INIT_COUNT', 0) + 1
