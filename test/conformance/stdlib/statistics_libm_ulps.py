# Results that depend on math.erf and math.exp agreeing with C's libm to the
# last bit (a correctly rounded erf or exp is 1 ulp away from glibc's on these arguments).
import math
import statistics as st
print(sorted(st.NormalDist(0, s).overlap(st.NormalDist(m, 1.5)) for s in (0.5, 1, 2) for m in (-1, 0, 3)))
print(st.geometric_mean([43, 35, 10, 4, 19, 51, 18, 13]))
print(math.erf(float.fromhex('0x1.ea7e4ce076760p-4')).hex())
print(math.exp(float.fromhex('0x1.7564681e9447dp+1')).hex())
