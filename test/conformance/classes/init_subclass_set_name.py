# __init_subclass__ with class keywords, __set_name__, __class_getitem__, class creation order.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print('registered', cls.plugin_name)

class Csv(Plugin, name='csv-reader'):
    pass
class Json(Plugin):
    pass
class Sub(Json, name='json5'):
    pass
print(Plugin.registry, Sub.plugin_name, Json.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)

class Field:
    def __set_name__(self, owner, name):
        print(f'Field {name!r} set on {owner.__name__}')
        self.owner, self.name = owner.__name__, name
class Model:
    id = Field()
    title = Field()
print(Model.id.name, Model.title.owner)
f = Field()
Model.late = f
print(hasattr(f, 'name'))

class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]'
print(Box[int], Box['x'])
print(list[int], dict[str, list[int]], type(list[int]).__name__)

class Order:
    print('class body runs at definition time')
    a = 1
    b = a + 1
    def method(self):
        return self.b
    print('body locals:', sorted(k for k in locals() if not k.startswith('__')))
print(Order.__name__, Order.__qualname__, Order.__module__, Order().method())
print(sorted(k for k in Order.__dict__ if not k.startswith('__')))
print(type(Order.__dict__).__name__)
