# random: every continuous and discrete distribution after a seed, so that the
# number and order of random() calls and the float expressions match CPython 3.12.
import random

def show(name, values):
    print(name, [repr(v) for v in values])

random.seed(7)
show('gauss', [random.gauss() for _ in range(7)])
show('gauss mu sigma', [random.gauss(10, 0.5) for _ in range(5)])
show('normalvariate', [random.normalvariate() for _ in range(6)])
show('normalvariate mu sigma', [random.normalvariate(-3, 2) for _ in range(5)])
show('lognormvariate', [random.lognormvariate(0, 1) for _ in range(5)])
show('expovariate', [random.expovariate() for _ in range(5)])
show('expovariate 3.5', [random.expovariate(3.5) for _ in range(5)])
show('expovariate -2', [random.expovariate(-2) for _ in range(3)])
show('vonmises', [random.vonmisesvariate(1.0, 2.0) for _ in range(6)])
show('vonmises small kappa', [random.vonmisesvariate(0.5, 1e-7) for _ in range(3)])
show('vonmises big kappa', [random.vonmisesvariate(4.0, 50.0) for _ in range(4)])
show('gamma alpha>1', [random.gammavariate(2.5, 1.5) for _ in range(6)])
show('gamma alpha=1', [random.gammavariate(1.0, 2.0) for _ in range(4)])
show('gamma alpha<1', [random.gammavariate(0.3, 1.0) for _ in range(6)])
show('gamma alpha big', [random.gammavariate(100.0, 0.01) for _ in range(4)])
show('beta', [random.betavariate(2.0, 5.0) for _ in range(5)])
show('beta small', [random.betavariate(0.2, 0.3) for _ in range(5)])
show('pareto', [random.paretovariate(3.0) for _ in range(5)])
show('weibull', [random.weibullvariate(1.5, 0.7) for _ in range(5)])
show('uniform', [random.uniform(-1.0, 1.0) for _ in range(5)])
show('triangular', [random.triangular(0.0, 1.0, 0.2) for _ in range(5)])

# gauss keeps its second value; seed() forgets it.
random.seed(99)
a = random.gauss()
b = random.gauss()
random.seed(99)
print(repr(a), repr(b), a == random.gauss())
random.seed(99)
random.gauss()
random.seed(99)
print(a == random.gauss(), random.getstate()[2] is not None)

# binomialvariate: p edge values, n == 1, p > 0.5 (complement), the geometric branch (n*p < 10).
random.seed(3)
print([random.binomialvariate() for _ in range(10)])
print([random.binomialvariate(1, 0.9) for _ in range(10)])
print([random.binomialvariate(0, 0.5) for _ in range(3)])
print([random.binomialvariate(10, 0.0), random.binomialvariate(10, 1.0)])
print([random.binomialvariate(20, 0.3) for _ in range(10)])
print([random.binomialvariate(15, 0.9) for _ in range(10)])
print([random.binomialvariate(1000, 0.001) for _ in range(10)])
print([random.binomialvariate(5, 1e-300) for _ in range(3)])

# Integer and other argument types go through the same float expressions.
random.seed(11)
show('ints', [random.uniform(1, 2), random.triangular(1, 3, 2), random.gauss(1, 2), random.expovariate(2),
              random.normalvariate(0, 1), random.paretovariate(1), random.weibullvariate(2, 3)])
