name = 'world'
width = 10
value = 3.14159
s = f'hello {name}!'
t = f'{name!r:>{width}} {value:.2f} {value!s} {value!a}'
u = f'{name=}'
