t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
single = 5,
print(single, type(single).__name__)
a, b, c = t
print(a, b, c)
print(t + (4,), t * 2, 3.0 in t, t.index("two"), (1, 1, 2).count(1))
print((1, 2) < (1, 2, 3), (2,) > (1, 99), max([(1, "b"), (1, "a"), (0, "z")]))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
coords = {(0, 0): "origin", (1, 2): "point"}
print(coords[(1, 2)], coords[0, 0])
