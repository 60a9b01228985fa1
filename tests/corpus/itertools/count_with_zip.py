from itertools import count

it = count()
letters = "abc"
print(list(zip(it, letters)))
print("count moved on to", next(it))
it = count()
print(list(zip(letters, it)))
print("with count second, it stopped at", next(it))
print(dict(zip(count(1), ["one", "two", "three"])))
print(list(map(lambda a, b: f"{a}{b}", "xy", count(10))))
