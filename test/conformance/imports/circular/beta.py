print('beta starts')
import alpha
alpha_seen = f'beta saw alpha.A = {alpha.A!r} while alpha was half done'
B = 'beta value'
print('beta finishes')
