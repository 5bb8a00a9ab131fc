print('broken module starts')
value = 1 / 0
