def inner():
    while True:
        try:
            yield "inner waiting"
        except ValueError as e:
            print("  inner handled", e)
            yield "inner recovered"


def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("  outer handled", e)
        yield "outer recovered"


g = outer()
print(next(g))
print(g.throw(ValueError("for the inner")))
print(next(g))
print(g.throw(KeyError("for the outer")))
try:
    g.throw(IndexError("nobody handles this"))
except IndexError as e:
    print("escaped:", e)
print(next(g, "closed"))
