for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)), list(enumerate("ab", 1)))
e = enumerate(range(100, 103))
print(next(e), next(e), list(e))
print(dict(enumerate("hi")))
print([i for i, v in enumerate([5, 0, 3, 0]) if v == 0])
print(list(enumerate([], start=3)))
