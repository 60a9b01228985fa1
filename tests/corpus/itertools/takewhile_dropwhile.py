from itertools import dropwhile, takewhile

data = [1, 3, 5, 6, 7, 9, 2]
print(list(takewhile(lambda x: x % 2, data)))
print(list(dropwhile(lambda x: x % 2, data)))

it = iter(data)
head = list(takewhile(lambda x: x < 5, it))
print("taken", head, "then", list(it), "- the 5 that stopped it is gone")

it = iter(data)
rest = dropwhile(lambda x: x < 5, it)
print(next(rest), list(it))


def noisy(values):
    for v in values:
        print(f"  produce {v}")
        yield v


t = takewhile(lambda x: x < 3, noisy(range(10)))
print("takewhile created")
print(list(t))
d = dropwhile(lambda x: x < 3, noisy(range(5)))
print("dropwhile created")
print(next(d))
print(list(takewhile(lambda x: True, [])), list(dropwhile(lambda x: True, [1, 2])))
