def inner():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        print(f"  inner got {value}")
        total += value


def outer():
    print("  outer starts")
    result = yield from inner()
    print(f"  inner returned {result}")
    yield f"outer saw {result}"


g = outer()
print(next(g))
print(g.send(5))
print(g.send(10))
print(next(g))
print(next(g, "end"))
