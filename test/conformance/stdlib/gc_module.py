# gc: collect, enable/disable, thresholds, stats shape, tracking, callbacks, referents
import gc

print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int), isinstance(gc.collect(generation=1), int))
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
junk = [[i] for i in range(20000)]
del junk
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
print(len(old), all(isinstance(x, int) for x in old))
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
count = gc.get_count()
print(type(count).__name__, len(count))
stats = gc.get_stats()
print(type(stats).__name__, len(stats), sorted(stats[0]))


class C:
    pass


print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(set()))
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
print(gc.is_finalized(C()))
gc.freeze()
print(isinstance(gc.get_freeze_count(), int))
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.garbage, type(gc.callbacks).__name__)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.get_debug())

phases = []


def watch(phase, info):
    phases.append((phase, info['generation'], sorted(info)))


gc.callbacks.append(watch)
gc.collect()
gc.callbacks.remove(watch)
print(phases)

x = C()
y = C()
lst = [x, y, 'text']
print(sum(r is x for r in gc.get_referents(lst)), len(gc.get_referents(lst)))
holder = [x]
print(any(r is holder for r in gc.get_referrers(x)))
