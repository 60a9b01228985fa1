class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(1, "two")
print(f"{p}")
print(f"{p!r}")
print(f"{p=}")
print(f"{[p, p]}")
print(str(p), repr(p))
print(p)
print([p], (p,), {"p": p})
