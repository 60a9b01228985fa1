# A class-based iterator: __iter__/__next__ called millions of times, with
# attribute reads and writes on each step.

class Collatz:
    def __init__(self, start):
        self.value = start

    def __iter__(self):
        return self

    def __next__(self):
        v = self.value
        if v == 1:
            raise StopIteration
        self.value = v // 2 if v % 2 == 0 else 3 * v + 1
        return v


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


steps = 0
longest = (0, 0)
for start in range(1, 30000):
    length = 0
    for _ in Collatz(start):
        length += 1
    steps += length
    if length > longest[0]:
        longest = (length, start)
total = sum(Counter(1000000))
print("collatz steps", steps, "longest", longest, "counter", total)
