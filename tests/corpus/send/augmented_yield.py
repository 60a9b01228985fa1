def summer():
    total = 0
    while True:
        total += yield total


s = summer()
next(s)
print(s.send(1), s.send(2), s.send(3))


def collector():
    items = []
    while len(items) < 3:
        items += [(yield len(items))]
    return items


c = collector()
print(next(c), c.send("a"), c.send("b"))
try:
    c.send("c")
except StopIteration as e:
    print(e.value)
