# A class modified while other threads use it stays consistent (free-threading mode runs this
# with -X gil=0 too): methods replaced, class attributes added until the class dict grows many
# times and deleted again, a subclass's lookups going through the base, and instances' own
# attributes changing shape, all while readers call and read. Every value a reader sees is one
# that some writer stored; nothing crashes.
import threading

N = 3000
READERS = 4


class Base:
    def kind(self):
        return 0

    label = "base"


class Child(Base):
    pass


def v1(self):
    return 1


def v2(self):
    return 2


stop = threading.Event()
bad = []
counts = [0] * READERS


def writer():
    for i in range(N):
        Base.kind = v1 if i % 2 else v2
        setattr(Base, "extra%d" % (i % 200), i)
        if i % 3 == 0:
            try:
                delattr(Base, "extra%d" % ((i // 3) % 200))
            except AttributeError:
                pass
        Base.label = "base%d" % (i % 7)
    stop.set()


def reader(k):
    objs = [Base(), Child(), Child()]
    i = 0
    while not stop.is_set() or i < 200:
        o = objs[i % 3]
        r = o.kind()
        if r not in (0, 1, 2):
            bad.append(("kind", r))
        lab = o.label
        if not (lab == "base" or (lab.startswith("base") and 0 <= int(lab[4:]) < 7)):
            bad.append(("label", lab))
        e = getattr(o, "extra%d" % (i % 200), None)
        if e is not None and not (isinstance(e, int) and e % 200 == i % 200):
            bad.append(("extra", e))
        # an instance's own attributes change its dict's shape meanwhile
        setattr(o, "own%d" % (i % 5), i)
        i += 1
    counts[k] = i


threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("bad", bad[:5])
print("readers ran", all(c >= 200 for c in counts))
print("final kind", Child().kind(), "label", Base.label)
print("extras", sorted(n for n in vars(Base) if n.startswith("extra"))[:3], len([n for n in vars(Base) if n.startswith("extra")]))
