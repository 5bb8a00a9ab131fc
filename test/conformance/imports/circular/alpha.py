print('alpha starts')
A = 'alpha value'
import beta
print('alpha finishes, beta.B =', beta.B)
