# Name resolution: LEGB, global and nonlocal statements, class scopes, shadowing builtins, del of globals.
x = 'global x'
def read_global():
    return x
def shadow():
    x = 'local x'
    return x
def use_global_stmt():
    global x
    x = 'rebound by function'
print(read_global(), shadow(), x)
use_global_stmt()
print(x)
def outer():
    y = 'enclosing'
    def inner():
        return y
    y = 'changed before call'
    return inner()
print(outer())
def make():
    z = 0
    def get():
        return z
    def set_(v):
        nonlocal z
        z = v
    return get, set_
get, set_ = make()
set_(99)
print(get())
class C:
    attr = 'class attr'
    def method(self):
        try:
            return attr
        except NameError as e:
            return 'NameError: ' + str(e)
    lam = lambda self: C.attr
print(C().method(), C().lam())
def shadows_builtin():
    len = 5
    return len
print(shadows_builtin(), len('abc'))
max = lambda *a: 'shadowed max'
print(max(1, 2))
del max
print(max(1, 2))
def new_global():
    global created_later
    created_later = 'created inside a function'
new_global()
print(created_later)
def nested_global():
    def inner():
        global g_from_inner
        g_from_inner = 1
    inner()
nested_global()
print(g_from_inner)
counter = 0
def bad_increment():
    counter += 1
try:
    bad_increment()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def conditional_local(flag):
    if flag:
        w = 'assigned'
    return w
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def deleted_local():
    v = 1
    del v
    return v
try:
    deleted_local()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
for loop_var in range(2):
    pass
print('loop_var is global:', loop_var)
print(sorted(k for k in globals() if not k.startswith('__'))[:8])
