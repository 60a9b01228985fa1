def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError as e:
        print("  delegator caught", e)
        yield "recovered"


g = over_list()
print(next(g))
print(g.throw(ValueError("thrown while delegating to a list")))
print(next(g, "done"))


def over_iter():
    yield from iter("abc")


h = over_iter()
next(h)
try:
    h.throw(KeyError("k"))
except KeyError as e:
    print("KeyError:", e)
print(next(h, "closed"))
