# random.binomialvariate with n*p >= 10: Hormann's BTRS, which needs math.lgamma.
import random

random.seed(5)
print([random.binomialvariate(100, 0.4) for _ in range(10)])
print([random.binomialvariate(1000, 0.5) for _ in range(10)])
print([random.binomialvariate(10**6, 0.3) for _ in range(5)])
print([random.binomialvariate(50, 0.75) for _ in range(10)])
