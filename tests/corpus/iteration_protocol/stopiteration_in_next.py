class Limited:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration("done with value")
        return self.i


it = Limited(2)
print(list(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", e, e.value, e.args)
print(next(Limited(0), "default used"))
for v in Limited(3):
    print("for saw", v)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken iterator")


try:
    for v in Broken():
        print("never")
except ValueError as e:
    print("ValueError:", e)
