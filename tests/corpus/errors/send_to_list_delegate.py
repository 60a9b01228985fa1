def delegate():
    yield from [1, 2, 3]


g = delegate()
print(next(g))
g.send("x")
