# Circular imports: a partially initialised module is visible; importing a name not yet defined fails.
import alpha
print('main: alpha.A =', alpha.A, 'beta.B =', alpha.beta.B)
print(alpha.beta.alpha_seen)
try:
    import gamma
except ImportError as e:
    print('ImportError:', e)
