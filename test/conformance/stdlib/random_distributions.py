# random: the real-valued and discrete distributions, drawn after a fixed seed, so each must
# consume the generator exactly as CPython's does.
import random

r = random.Random(31337)
def show(name, f, *args, n=6):
    print(name, args, [f(*args) for _ in range(n)])

show('triangular', r.triangular)
show('triangular', r.triangular, 0.0, 10.0, 2.0)
show('triangular', r.triangular, 5, 5, 5, n=2)
show('triangular', r.triangular, 10.0, 0.0)
show('normalvariate', r.normalvariate)
show('normalvariate', r.normalvariate, 100, 15)
show('gauss', r.gauss, n=5)
show('gauss', r.gauss, 3.0, 0.5, n=5)
show('lognormvariate', r.lognormvariate, 0.0, 0.25)
show('expovariate', r.expovariate)
show('expovariate', r.expovariate, 3.5)
show('expovariate', r.expovariate, -2)
show('vonmisesvariate', r.vonmisesvariate, 0.0, 0.0)
show('vonmisesvariate', r.vonmisesvariate, 1.0, 4.0)
show('vonmisesvariate', r.vonmisesvariate, 3.0, 0.5)
for a in (0.01, 0.3, 0.9, 1.0, 1.5, 20.0, 200.0):
    show('gammavariate', r.gammavariate, a, 2.0)
show('betavariate', r.betavariate, 0.5, 0.5)
show('betavariate', r.betavariate, 3.0, 3.0)
show('betavariate', r.betavariate, 1e-3, 1.0)
show('paretovariate', r.paretovariate, 2.5)
show('weibullvariate', r.weibullvariate, 1.0, 1.5)
show('weibullvariate', r.weibullvariate, 2.0, 0.5)
for n, p in [(1, 0.5), (1, 0.9), (0, 0.3), (10, 0.0), (10, 1.0), (20, 0.3), (20, 0.8),
             (100, 0.05), (100, 0.5), (1000, 0.25), (5000, 0.9), (10**6, 0.01), (1, 1e-300)]:
    show('binomialvariate', r.binomialvariate, n, p, n=8)
print('binomial default', r.binomialvariate(), r.binomialvariate(n=3), r.binomialvariate(p=0.25))
print(r.gauss(mu=1, sigma=2), r.normalvariate(sigma=3), r.expovariate(lambd=0.5))
print(random.TWOPI, random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(sorted(random.__all__))

# The module's functions share one generator.
random.seed(7)
a = [random.gauss(), random.random(), random.vonmisesvariate(1, 1), random.gammavariate(2, 3),
     random.betavariate(2, 5), random.lognormvariate(1, 1), random.binomialvariate(50, 0.4)]
random.seed(7)
b = [random.gauss(), random.random(), random.vonmisesvariate(1, 1), random.gammavariate(2, 3),
     random.betavariate(2, 5), random.lognormvariate(1, 1), random.binomialvariate(50, 0.4)]
print(a == b, a)
