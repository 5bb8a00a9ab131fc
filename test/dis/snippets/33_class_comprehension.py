class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    pairs = {k: v for k, v in zip(values, doubled)}
    gen = list(v for v in values)

    def method(self):
        return [self.x for _ in range(3)]
