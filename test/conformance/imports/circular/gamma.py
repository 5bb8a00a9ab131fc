print('gamma starts')
from delta import D
G = 'gamma'
