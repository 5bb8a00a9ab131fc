def first[T](items: list[T]) -> T:
    return items[0]


class Box[T]:
    def get(self) -> T:
        return self.item


type Alias = list[int]
