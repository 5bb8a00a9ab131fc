print('delta starts')
from gamma import G
D = 'delta'
