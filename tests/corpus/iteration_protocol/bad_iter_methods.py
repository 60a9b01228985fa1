class ReturnsInt:
    def __iter__(self):
        return 42


class ReturnsList:
    def __iter__(self):
        return [1, 2]


class NoNext:
    def __iter__(self):
        return self


class Good:
    def __iter__(self):
        return iter([1, 2])


for cls in [ReturnsInt, ReturnsList, NoNext, Good]:
    try:
        print(type(cls()).__name__, list(cls()))
    except TypeError as e:
        print(type(cls()).__name__, "-> TypeError:", e)
try:
    next(Good())
except TypeError as e:
    print("TypeError:", e)
