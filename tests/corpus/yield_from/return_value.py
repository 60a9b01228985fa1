def child(n):
    for i in range(n):
        yield i
    return f"child({n}) done"


def parent():
    first = yield from child(2)
    print("  first:", first)
    second = yield from child(0)
    print("  second:", second)
    third = yield from [10, 11]
    print("  third (from a list):", third)
    return "parent done"


g = parent()
print(list(g))
p = parent()
values = []
while True:
    try:
        values.append(next(p))
    except StopIteration as e:
        print("parent returned", e.value, values)
        break
