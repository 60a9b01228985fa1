def echo():
    received = []
    while len(received) < 3:
        value = yield len(received)
        received.append(value)
    return received


g = echo()
print(next(g))
print(next(g))
print(g.send("x"))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


def bare_yield():
    x = yield
    print("x is", x)
    yield


b = bare_yield()
print(next(b))
print(next(b))
print(list(bare_yield()))
