class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, index):
        print("  getitem", index)
        if index >= self.n:
            raise IndexError(index)
        return index * index


for value in Squares(3):
    print("value", value)
print(list(Squares(4)))
print(2 in Squares(2), 4 in Squares(5))
it = iter(Squares(2))
print(next(it), next(it), next(it, "exhausted"))
a, b = Squares(2)
print(a, b)
