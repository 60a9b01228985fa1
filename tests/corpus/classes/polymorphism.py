class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name}: {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Cat(Animal):
    sound = "meow"


class Cow(Animal):
    sound = "moo"

    def speak(self):
        return super().speak().upper()


class Quiet(Cat):
    def speak(self):
        return f"{self.name} stays silent"


zoo = [Cat("tom"), Cow("bess"), Quiet("ghost"), Animal("thing")]
for animal in zoo:
    print(repr(animal), "->", animal.speak())
print(zoo)
print(sorted(zoo, key=lambda a: a.name))
print([type(a).__name__ for a in zoo if isinstance(a, Cat)])
