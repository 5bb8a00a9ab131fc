# Objects and attributes: a small class-heavy simulation (instances, methods, properties, inheritance, super()).
class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Entity:
    next_id = 0

    def __init__(self, pos, vel):
        Entity.next_id += 1
        self.id = Entity.next_id
        self.pos = pos
        self.vel = vel
        self.alive = True

    def step(self, world):
        self.pos = self.pos + self.vel
        if not 0 <= self.pos.x < world.size:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if not 0 <= self.pos.y < world.size:
            self.vel = Vec(self.vel.x, -self.vel.y)

    @property
    def cell(self):
        return (int(self.pos.x) // 10, int(self.pos.y) // 10)


class Prey(Entity):
    def __init__(self, pos, vel):
        super().__init__(pos, vel)
        self.energy = 5

    def step(self, world):
        super().step(world)
        self.energy += 1


class Hunter(Entity):
    def __init__(self, pos, vel):
        super().__init__(pos, vel)
        self.eaten = 0

    def step(self, world):
        super().step(world)
        for other in world.cells.get(self.cell, ()):
            if other.alive and isinstance(other, Prey):
                other.alive = False
                self.eaten += 1


class World:
    def __init__(self, size):
        self.size = size
        self.entities = []
        self.cells = {}
        self.seed = 12345

    def rand(self):
        # A small linear congruential generator, so that runs are deterministic everywhere.
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.seed / 2147483648

    def populate(self, n_prey, n_hunters):
        for i in range(n_prey + n_hunters):
            pos = Vec(self.rand() * self.size, self.rand() * self.size)
            vel = Vec(self.rand() * 2 - 1, self.rand() * 2 - 1)
            self.entities.append(Prey(pos, vel) if i < n_prey else Hunter(pos, vel))

    def tick(self):
        self.cells = {}
        for e in self.entities:
            self.cells.setdefault(e.cell, []).append(e)
        for e in self.entities:
            e.step(self)
        self.entities = [e for e in self.entities if e.alive]


world = World(200)
world.populate(2000, 4)
for t in range(200):
    world.tick()
hunters = [e for e in world.entities if isinstance(e, Hunter)]
prey = [e for e in world.entities if isinstance(e, Prey)]
print(len(prey), sum(h.eaten for h in hunters), max(h.eaten for h in hunters), sum(p.energy for p in prey))
