pairs = [(1, "a"), (2, "b"), (3, "c")]
for n, letter in pairs:
    print(n, letter)

for i, (a, b) in enumerate([(10, 20), (30, 40)]):
    print(i, a, b)

for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)

for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)

d = {}
for d["key"] in range(3):
    pass
print(d)

xs = [0, 0, 0]
for i, xs[i] in enumerate("abc"):
    pass
print(xs)

for x in range(3):
    pass
print("loop variable survives:", x)
