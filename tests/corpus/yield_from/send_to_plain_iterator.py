def delegate_to_list():
    result = yield from [1, 2, 3]
    print("  result of yield from a list:", result)
    yield "after"


g = delegate_to_list()
print(next(g))
print("send(None) acts like next:", g.send(None))
try:
    g.send("value")
except AttributeError as e:
    print("AttributeError:", e)
print(next(g, "the delegating generator has finished"))


def delegate_to_range():
    yield from range(3)


r = delegate_to_range()
next(r)
try:
    r.send(1)
except AttributeError as e:
    print("AttributeError:", e)
