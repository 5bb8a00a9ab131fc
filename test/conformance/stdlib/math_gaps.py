# Results where glibc's cbrt, erf, erfc and pow are not correctly rounded (cbrt(-27.0) is
# -3.0000000000000004): CPython prints the C library's bits, and so must gilvm.
import math

print('cbrt', [math.cbrt(x) for x in (2.0, -27.0, 0.125, 0.1, 3.0, 10.0, 123.456, 5e-324)])
print('erf', [math.erf(x) for x in (-0.5362659918032779, 0.37213465938677714, 0.8331932909680084, 1.734979034486095)])
print('erfc', [math.erfc(x) for x in (-1.0, 3.0, 5.0, 2.113082622557952, 1.079441280644982, 2.525599624545002)])
# gamma: glibc's pow lands on the other side of a near-halfway case
print('gamma', math.gamma(9.111584932309725))
