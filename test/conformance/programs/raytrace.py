# A smaller run of bench/programs/raytrace.py (the benchmark, with its size constants reduced),
# so the conformance suite checks its output against CPython.
# Operator overloading, small objects and recursion: a ray tracer (spheres over a checkered
# plane, two point lights, Lambert and specular shading, shadows and mirror reflections).
# The image is reduced to checksums; only + - * / and sqrt touch the floats, so the result
# is the same wherever IEEE doubles are.
import sys
from math import sqrt

WIDTH = 20
HEIGHT = 90
MAX_DEPTH = 4
EPS = 1e-7


class V3:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return V3(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return V3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())

    def mirror(self, normal):
        """This direction reflected about the unit vector normal."""
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return 'V3(%.4f, %.4f, %.4f)' % (self.x, self.y, self.z)


class Color:
    __slots__ = ('r', 'g', 'b')

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, o):
        if isinstance(o, Color):
            return Color(self.r * o.r, self.g * o.g, self.b * o.b)
        return Color(self.r * o, self.g * o, self.b * o)

    def bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
WHITE = Color(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ('origin', 'direction')

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shine=3, mirror=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shine = shine
        self.mirror = mirror

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, size, **kw):
        Material.__init__(self, color, **kw)
        self.other = other
        self.size = size

    def color_at(self, point):
        cell = int((point.x + 1000.0) / self.size) + int((point.z + 1000.0) / self.size)
        return self.color if cell % 2 == 0 else self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def hit(self, ray):
        """The distance along ray to the nearest crossing in front of its origin, or None."""
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        return t if t > EPS else None

    def normal(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.n = normal.unit()
        self.material = material

    def hit(self, ray):
        facing = ray.direction.dot(self.n)
        if -EPS < facing < EPS:
            return None
        t = (self.point - ray.origin).dot(self.n) / facing
        return t if t > EPS else None

    def normal(self, point):
        return self.n


class Scene:
    def __init__(self):
        self.things = []
        self.lights = []
        self.eye = V3(0.0, 4.0, 12.0)
        self.look_at = V3(0.0, 1.5, 0.0)
        self.rays = 0

    def nearest(self, ray):
        self.rays += 1
        best_t = None
        best = None
        for thing in self.things:
            t = thing.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = thing
        return best, best_t

    def lit(self, point, light):
        to_light = light - point
        dist = to_light.length()
        thing, t = self.nearest(Ray(point, to_light))
        return thing is None or t > dist

    def trace(self, ray, depth):
        thing, t = self.nearest(ray)
        if thing is None:
            return BLACK
        point = ray.at(t)
        normal = thing.normal(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = thing.material
        base = mat.color_at(point)
        out = base * 0.1
        for light in self.lights:
            if not self.lit(point, light):
                continue
            to_light = (light - point).unit()
            lambert = to_light.dot(normal)
            if lambert > 0.0:
                out = out + base * (lambert * mat.diffuse)
            spec = to_light.mirror(normal).dot(ray.direction)
            if spec > 0.0:
                power = spec
                for _ in range(mat.shine):
                    power *= power
                out = out + WHITE * (power * mat.specular)
        if mat.mirror > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.mirror(normal))
            out = out + self.trace(bounce, depth + 1) * mat.mirror
        return out

    def render(self, width, height):
        forward = (self.look_at - self.eye).unit()
        right = forward.cross(V3(0.0, 1.0, 0.0)).unit()
        up = right.cross(forward)
        aspect = height / width
        rows = []
        for j in range(height):
            row = []
            sy = (0.5 - (j + 0.5) / height) * aspect
            for i in range(width):
                sx = (i + 0.5) / width - 0.5
                ray = Ray(self.eye, forward + right * sx + up * sy)
                row.append(self.trace(ray, 0).bytes())
            rows.append(row)
        return rows


def build_scene():
    s = Scene()
    s.things.append(Plane(V3(0.0, 0.0, 0.0), V3(0.0, 1.0, 0.0),
                          Checker(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 2.0, mirror=0.2)))
    s.things.append(Sphere(V3(0.0, 3.0, -1.0), 2.0, Material(Color(0.8, 0.2, 0.2), shine=4, mirror=0.35)))
    s.things.append(Sphere(V3(-3.5, 1.2, 1.5), 1.2, Material(Color(0.2, 0.7, 0.3), specular=0.5, mirror=0.1)))
    s.things.append(Sphere(V3(3.2, 1.0, 2.0), 1.0, Material(Color(0.3, 0.3, 0.9), shine=2, mirror=0.6)))
    s.things.append(Sphere(V3(1.0, 0.5, 4.0), 0.5, Material(Color(1.0, 0.8, 0.1))))
    s.lights.append(V3(-8.0, 12.0, 8.0))
    s.lights.append(V3(6.0, 9.0, 10.0))
    return s


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else WIDTH
    height = width * HEIGHT // WIDTH
    scene = build_scene()
    image = scene.render(width, height)
    flat = [c for row in image for px in row for c in px]
    print('image', width, 'x', height, 'rays traced', scene.rays)
    print('channel sums', sum(flat[0::3]), sum(flat[1::3]), sum(flat[2::3]))
    print('weighted checksum', sum((k % 251 + 1) * c for k, c in enumerate(flat)) % 1000000007)
    print('centre pixel', image[height // 2][width // 2], 'corner', image[0][0], image[-1][-1])
    shades = ' .:-=+*#%@'
    step = max(1, width // 36)
    for row in image[::step * 2]:
        print(''.join(shades[min(9, sum(px) * 10 // 766)] for px in row[::step]))


main()
