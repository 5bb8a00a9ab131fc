# array.array's type name in messages is 'array.array' (a C type's tp_name), while __name__ is 'array'
from array import array

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(array.__name__, array.__qualname__, array.__module__, repr(array))
t('hash', lambda: hash(array('i')))
t('lt list', lambda: array('i') < [1])
t('add int', lambda: 1 + array('i'))
t('rmul str', lambda: 'x' * array('i'))
