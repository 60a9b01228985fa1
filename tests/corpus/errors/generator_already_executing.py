def gen():
    yield 1
    yield next(g)


g = gen()
print(next(g))
next(g)
