print('helper imported')
