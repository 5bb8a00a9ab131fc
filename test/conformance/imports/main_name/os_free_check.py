import sys
def report():
    main = sys.modules['__main__']
    return f'from a module: __main__ has lib = {hasattr(main, "lib")}, name {main.__name__}'
