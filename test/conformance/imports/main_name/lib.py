def whoami():
    return f'lib module: __name__ = {__name__!r}'
if __name__ == '__main__':
    print('never printed: lib is imported')
else:
    print('lib imported as', __name__)
