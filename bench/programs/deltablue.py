# Classes, inheritance, lists as queues, many small methods: the DeltaBlue incremental
# constraint solver (Freeman-Benson, Maloney and Borning), run on its two classic
# workloads: a long chain of equalities, and a projection of scaled-and-offset variables.
import sys

SIZE = 100
ROUNDS = 60


class Strength:
    """A constraint's strength; a lower rank is stronger."""

    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def __repr__(self):
        return self.name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def next_weaker(self):
        return LADDER[self.rank + 1]


LADDER = [Strength(r, n) for r, n in enumerate(
    ('required', 'strong preferred', 'preferred', 'strong default', 'normal', 'weak default', 'weakest'))]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = LADDER


def weaker_of(a, b):
    return a if a.weaker_than(b) else b


NONE, FORWARD, BACKWARD = 0, 1, 2


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def __repr__(self):
        return '%s=%r' % (self.name, self.value)

    def attach(self, c):
        self.constraints.append(c)

    def detach(self, c):
        self.constraints = [k for k in self.constraints if k is not c]
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def install(self):
        self.add_to_graph()
        solver.add_incrementally(self)

    def uninstall(self):
        if self.is_satisfied():
            solver.remove_incrementally(self)
        self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Tries to satisfy this constraint; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError('could not satisfy a required constraint')
            return None
        self.mark_inputs(mark)
        out = self.output()
        beaten = out.determined_by
        if beaten is not None:
            beaten.mark_unsatisfied()
        out.determined_by = self
        if not solver.propagate_from(self, mark):
            raise RuntimeError('cycle')
        out.mark = mark
        return beaten


class UnaryConstraint(Constraint):
    def __init__(self, var, strength):
        Constraint.__init__(self, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength.stronger_than(v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    """Keeps its variable where it is."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks its variable as set from outside (an input of the plan)."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, a, b, strength):
        Constraint.__init__(self, strength)
        self.a = a
        self.b = b
        self.direction = NONE
        self.install()

    def add_to_graph(self):
        self.a.attach(self)
        self.b.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.a.detach(self)
        self.b.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        a, b, s = self.a, self.b, self.strength
        if a.mark == mark:
            self.direction = FORWARD if b.mark != mark and s.stronger_than(b.walk_strength) else NONE
        elif b.mark == mark:
            self.direction = BACKWARD if a.mark != mark and s.stronger_than(a.walk_strength) else NONE
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if s.stronger_than(a.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger_than(b.walk_strength) else BACKWARD

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = weaker_of(self.strength, src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset, solved in either direction."""

    def __init__(self, a, scale, offset, b, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, a, b, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = weaker_of(self.strength, src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Solver:
    def __init__(self):
        self.mark = 0
        self.plans = 0

    def fresh_mark(self):
        self.mark += 1
        return self.mark

    def add_incrementally(self, c):
        mark = self.fresh_mark()
        beaten = c.satisfy(mark)
        while beaten is not None:
            beaten = beaten.satisfy(mark)

    def remove_incrementally(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        pending = self.unsettle(out)
        level = REQUIRED
        while level is not WEAKEST:
            for u in pending:
                if u.strength is level:
                    self.add_incrementally(u)
            level = level.next_weaker()

    def propagate_from(self, c, mark):
        """Recomputes the walk strengths downstream of c; False if that walk meets mark (a cycle)."""
        queue = [c]
        while queue:
            d = queue.pop(0)
            if d.output().mark == mark:
                self.remove_incrementally(c)
                return False
            d.recalculate()
            self.consumers(d.output(), queue)
        return True

    def unsettle(self, var):
        """Forgets what determined var and everything downstream; returns the unsatisfied constraints met."""
        var.determined_by = None
        var.walk_strength = WEAKEST
        var.stay = True
        lost = []
        queue = [var]
        while queue:
            v = queue.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    lost.append(c)
            source = v.determined_by
            for c in v.constraints:
                if c is not source and c.is_satisfied():
                    c.recalculate()
                    queue.append(c.output())
        return lost

    def consumers(self, var, into):
        source = var.determined_by
        for c in var.constraints:
            if c is not source and c.is_satisfied():
                into.append(c)

    def plan_for(self, inputs):
        """The constraints to execute, in order, to propagate new values of the given inputs."""
        self.plans += 1
        mark = self.fresh_mark()
        plan = []
        queue = [c for c in inputs if c.is_input() and c.is_satisfied()]
        while queue:
            c = queue.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.consumers(out, queue)
        return plan


def run_plan(plan):
    for c in plan:
        c.execute()


solver = None


def chain(n, report):
    """v0 == v1 == ... == vn; edits of v0 must reach vn."""
    global solver
    solver = Solver()
    vars_ = [Variable('v%d' % i) for i in range(n + 1)]
    for a, b in zip(vars_, vars_[1:]):
        EqualityConstraint(a, b, REQUIRED)
    StayConstraint(vars_[-1], STRONG_DEFAULT)
    edit = EditConstraint(vars_[0], PREFERRED)
    plan = solver.plan_for([edit])
    bad = 0
    for value in range(100):
        vars_[0].value = value
        run_plan(plan)
        if vars_[-1].value != value:
            bad += 1
    edit.uninstall()
    if report:
        print('chain', n, 'plan length', len(plan), 'failures', bad, 'last', vars_[-1], 'marks', solver.mark)
    return bad


def edit_to(var, value):
    edit = EditConstraint(var, PREFERRED)
    plan = solver.plan_for([edit])
    for _ in range(10):
        var.value = value
        run_plan(plan)
    edit.uninstall()


def projection(n, report):
    """dst_i = src_i * scale + offset for n pairs; edits flow both ways."""
    global solver
    solver = Solver()
    scale = Variable('scale', 10)
    offset = Variable('offset', 1000)
    srcs = []
    dsts = []
    for i in range(n):
        src = Variable('src%d' % i, i)
        dst = Variable('dst%d' % i, i)
        srcs.append(src)
        dsts.append(dst)
        StayConstraint(src, NORMAL)
        ScaleConstraint(src, scale, offset, dst, REQUIRED)
    bad = 0
    edit_to(srcs[-1], 17)
    bad += dsts[-1].value != 1170
    edit_to(dsts[-1], 1050)
    bad += srcs[-1].value != 5
    edit_to(scale, 5)
    bad += sum(dsts[i].value != i * 5 + 1000 for i in range(n - 1))
    edit_to(offset, 2000)
    bad += sum(dsts[i].value != i * 5 + 2000 for i in range(n - 1))
    if report:
        print('projection', n, 'failures', bad, 'sample', dsts[0], dsts[n // 2], srcs[-1], dsts[-1],
              'plans', solver.plans, 'marks', solver.mark)
    return bad


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    failures = 0
    for r in range(ROUNDS):
        failures += chain(n, r == 0)
        failures += projection(n, r == 0)
    print('rounds', ROUNDS, 'failures', failures)
    print([s for s in LADDER], weaker_of(NORMAL, PREFERRED), REQUIRED.next_weaker())


main()
