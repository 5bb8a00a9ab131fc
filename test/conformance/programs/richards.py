# A smaller run of bench/programs/richards.py (the benchmark, with its size constants reduced),
# so the conformance suite checks its output against CPython.
# Classes, linked lists and method dispatch: Martin Richards' operating-system simulation
# (an idle task, a worker, two handlers and two devices passing packets through a
# priority scheduler). Its known result: with an idle count of 10000 the scheduler queues
# 23246 packets and holds a task 9297 times.
import sys

REPEAT = 1
IDLE_COUNT = 10_000

ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = range(1, 7)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4

# Task state bits.
PENDING = 1      # a packet waits in the task's queue
WAITING = 2      # the task waits for a packet
HELD = 4         # the task is held


class Packet:
    __slots__ = ('link', 'owner', 'kind', 'index', 'buffer')

    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.index = 0
        self.buffer = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of queue (a chain of packets, maybe None); returns the chain."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block and its behaviour (step, in the subclasses)."""

    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = WAITING if queue is None else WAITING | PENDING
        self.link = system.tasks
        system.tasks = self
        system.by_id[ident] = self

    def blocked(self):
        return self.state & HELD != 0 or self.state == WAITING

    def resume(self):
        if self.state == WAITING | PENDING:
            packet = self.queue
            self.queue = packet.link
            self.state = 0 if self.queue is None else PENDING
        else:
            packet = None
        return self.step(packet)

    def receive(self, sender, packet):
        """Takes packet from the running task sender; returns the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.state |= PENDING
            if self.priority > sender.priority:
                return self
        else:
            packet.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, system, ident, priority, count):
        Task.__init__(self, system, ident, priority, None)
        self.state = 0
        self.seed = 1
        self.count = count

    def step(self, packet):
        sys_ = self.system
        self.count -= 1
        if self.count == 0:
            return sys_.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return sys_.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return sys_.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.target = ID_HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.system.suspend_current()
        self.target = ID_HANDLER_B if self.target == ID_HANDLER_A else ID_HANDLER_A
        packet.owner = self.target
        packet.index = 0
        buf = packet.buffer
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            buf[i] = self.letter
        return self.system.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            i = work.index
            if i < BUFFER_SIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.index = work.buffer[i]
                    work.index = i + 1
                    return self.system.send(dev)
            else:
                self.work = work.link
                return self.system.send(work)
        return self.system.suspend_current()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None)
        self.holding = None

    def step(self, packet):
        if packet is None:
            held = self.holding
            if held is None:
                return self.system.suspend_current()
            self.holding = None
            return self.system.send(held)
        self.holding = packet
        return self.system.hold_current()


class System:
    def __init__(self):
        self.tasks = None
        self.by_id = [None] * 7
        self.current = None
        self.sent = 0
        self.holds = 0

    def hold_current(self):
        self.holds += 1
        cur = self.current
        cur.state |= HELD
        return cur.link

    def suspend_current(self):
        cur = self.current
        cur.state |= WAITING
        return cur

    def release(self, ident):
        task = self.by_id[ident]
        task.state &= ~HELD
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        dest = self.by_id[packet.owner]
        self.sent += 1
        packet.link = None
        packet.owner = self.current.ident
        return dest.receive(self.current, packet)

    def run(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.resume()


def simulate(idle_count):
    s = System()
    IdleTask(s, ID_IDLE, 0, idle_count)
    q = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkerTask(s, ID_WORKER, 1000, q)
    q = Packet(Packet(Packet(None, ID_DEVICE_A, KIND_DEVICE), ID_DEVICE_A, KIND_DEVICE), ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_A, 2000, q)
    q = Packet(Packet(Packet(None, ID_DEVICE_B, KIND_DEVICE), ID_DEVICE_B, KIND_DEVICE), ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_B, 3000, q)
    DeviceTask(s, ID_DEVICE_A, 4000)
    DeviceTask(s, ID_DEVICE_B, 5000)
    s.run()
    return s.sent, s.holds, [t.state for t in s.by_id[1:]]


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else REPEAT
    results = set()
    for _ in range(repeat):
        sent, holds, states = simulate(IDLE_COUNT)
        results.add((sent, holds, tuple(states)))
    print(len(results), 'distinct result(s)')
    sent, holds, states = results.pop()
    print('queued', sent, 'held', holds, 'final states', list(states))
    print('correct' if (sent, holds) == (23246, 9297) else 'WRONG')
    print('small run:', simulate(1000)[:2])


main()
