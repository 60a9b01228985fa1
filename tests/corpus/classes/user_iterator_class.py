class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
c = Countdown(3)
for n in c:
    print("n =", n)
print(list(c), next(c, "empty"))
c2 = Countdown(4)
print(next(c2), next(c2))
print(list(c2))
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(3)))
