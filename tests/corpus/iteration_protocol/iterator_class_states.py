class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        self.a, self.b = 0, 1
        return self

    def __next__(self):
        value = self.a
        if value > self.limit:
            raise StopIteration
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(100)
print(list(f))
print(list(f))
it = iter(f)
print(next(it), next(it), next(it))
it2 = iter(f)
print(next(it), next(it2), it is it2)
print([x for x in Fib(10) if x % 2 == 0])
