"""Squares."""
print('square module runs, __name__ =', __name__, '__package__ =', __package__)
def area(side):
    return side * side
