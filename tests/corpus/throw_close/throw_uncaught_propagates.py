def fragile():
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs while the exception passes")


g = fragile()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError:", e)
print("after the error:", next(g, "generator is closed"))


def different_exception():
    try:
        yield 1
    except ValueError:
        raise TypeError("converted inside the generator")


d = different_exception()
next(d)
try:
    d.throw(ValueError("original"))
except TypeError as e:
    print("TypeError:", e)
