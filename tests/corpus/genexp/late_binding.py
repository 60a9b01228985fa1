n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

items = [1, 2, 3]
g = (x for x in items)
items = [7, 8, 9]
print(list(g))

items = [1, 2, 3]
g = (x for x in items)
items.append(4)
print(list(g))

limit = 2
g = (x for x in range(5) if x < limit)
limit = 4
print(list(g))


def make():
    factor = 1
    gen = (x * factor for x in range(3))
    factor = 5
    return gen


print(list(make()))
