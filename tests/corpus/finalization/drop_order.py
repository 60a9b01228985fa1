# The order in which suspended generators are finalized when the objects
# holding them go away: CPython releases list and tuple items from the
# end, dict and set contents from the start, and a frame's variables in
# the order they were first assigned.
from itertools import chain, zip_longest


def worker(name):
    try:
        yield name
        yield name
    finally:
        print("  finalized", name)


def started(name):
    g = worker(name)
    next(g)
    return g


print("list:")
items = [started("l1"), started("l2"), started("l3")]
items = None
print("tuple:")
items = (started("t1"), started("t2"), started("t3"))
items = None
print("dict:")
items = {"a": started("d1"), "b": started("d2")}
items = None
print("nested:")
items = [[started("n1"), started("n2")], (started("n3"), started("n4"))]
items = None
print("map and zip:")
m = map(lambda a, b: a, started("m1"), started("m2"))
m = None
z = zip(started("z1"), started("z2"), started("z3"))
z = None
z = zip_longest(started("zl1"), started("zl2"))
z = None
print("chain:")
c = chain(started("c1"), started("c2"))
next(c)
c = None
print("function locals:")


def locals_in_order():
    first = started("f1")
    second = started("f2")
    both = [started("f3"), started("f4")]
    second = None
    print("  returning")


locals_in_order()
print("loop variable kept by the frame:")


def loop():
    for g in [started("g1"), started("g2")]:
        pass
    print("  loop done")


loop()
print("end")
