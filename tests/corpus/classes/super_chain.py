class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "base hello"


class Middle(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Middle")

    def hello(self):
        return "middle/" + super().hello()


class Leaf(Middle):
    def __init__(self, extra):
        super().__init__()
        self.log.append(f"Leaf({extra})")

    def hello(self):
        return "leaf/" + super().hello()


leaf = Leaf("x")
print(leaf.log)
print(leaf.hello())


class NoInit(Leaf):
    pass


print(NoInit("inherited").log)
try:
    NoInit()
except TypeError as e:
    print("TypeError:", e)
