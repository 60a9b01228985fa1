items = [1, 2, 3]
for x in items:
    if x < 5:
        items.append(x + 10)
    print("saw", x)
print(items)

items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)

xs = [1, 2, 3]
it = iter(xs)
print(next(it))
xs.insert(0, 0)
print(next(it), list(it))

ys = [1, 2]
it = iter(ys)
print(list(it))
ys.append(3)
print(list(it))
