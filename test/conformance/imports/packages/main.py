# Packages: __init__ runs once, submodules become attributes, import forms, module attributes.
print('main starts')
import shapes
print('shapes imported:', shapes.__name__, shapes.VERSION)
import shapes.square
print(shapes.square.area(3), shapes.square.__name__, shapes.square.__package__)
from shapes import circle
print(circle.area(1), circle is shapes.circle)
from shapes.solid.cube import volume as vol, NAME
print(vol(2), NAME)
import shapes.solid.cube as cube_mod
print(cube_mod.volume(3), cube_mod.__name__, shapes.solid.__name__, 'solid' in dir(shapes))
import shapes as again
print('imported again, __init__ not rerun:', again is shapes, shapes.INIT_COUNT)
print(shapes.__file__.endswith('__init__.py'), shapes.square.__file__.endswith('square.py'), hasattr(shapes, '__path__'), hasattr(shapes.square, '__path__'))
print(type(shapes).__name__, shapes.square.__doc__, shapes.__spec__.name, shapes.square.__spec__.parent)
print(sorted(n for n in vars(shapes.square) if not n.startswith('__')))
