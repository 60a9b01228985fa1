def worker():
    yield "working"
    return 42


g = worker()
print(next(g))
next(g)
