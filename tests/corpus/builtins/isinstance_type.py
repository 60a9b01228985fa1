class Animal:
    pass


class Dog(Animal):
    pass


values = [1, 1.0, "s", True, None, [1], (1,), {1: 1}, {1}, range(1), Dog(), len, lambda: 0]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)))
print(isinstance(Dog(), Animal), isinstance(Animal(), Dog))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool))
print(type(1).__name__ == "int", type(True).__name__ == "int", type("x").__name__)
print(isinstance(ValueError(), Exception), isinstance(StopIteration(), Exception))
