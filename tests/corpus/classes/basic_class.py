class Dog:
    species = "canine"

    def __init__(self, name, age=1):
        self.name = name
        self.age = age

    def speak(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self.age


rex = Dog("Rex", 3)
fido = Dog("Fido")
print(rex.speak(), fido.speak())
print(rex.birthday(), rex.age, fido.age)
print(rex.species, Dog.species, type(rex).__name__)
Dog.species = "wolf"
print(fido.species)
fido.species = "own attribute"
print(fido.species, rex.species)
print(isinstance(rex, Dog), isinstance(3, Dog))
method = rex.speak
print(method())
print(Dog.speak(fido))
