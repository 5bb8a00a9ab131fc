x = 1
y = x + 2 * 3
z = -x
del y
print(x, z)
