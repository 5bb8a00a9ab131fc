print('shapes.solid/__init__ runs')
