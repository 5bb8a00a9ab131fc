class Base:
    kind = 'base'

    def __init__(self, value):
        self.value = value

    @property
    def double(self):
        return self.value * 2


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.extra = [value]

    def show(self):
        return f"{self.value!r} {self.extra}"
