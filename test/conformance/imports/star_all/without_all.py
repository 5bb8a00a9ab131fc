import sys as _sys_alias
def visible():
    return 'visible'
_private = 'underscore'
value = 7
