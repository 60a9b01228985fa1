from itertools import cycle, islice, repeat

print(list(islice(cycle("abc"), 8)))
print(list(islice(cycle([1]), 3)), list(cycle([])))


def once():
    print("  generator runs once")
    yield 1
    yield 2


print(list(islice(cycle(once()), 7)))
colors = cycle(["red", "green"])
print([f"{n}:{next(colors)}" for n in range(5)])
print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(7, -1)))
print(list(islice(repeat([0]), 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(repeat("k"), "abc")))
