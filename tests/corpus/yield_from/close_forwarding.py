def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        print("  inner finally")


def middle():
    try:
        yield from inner()
    finally:
        print("  middle finally")


def outer():
    try:
        yield from middle()
    finally:
        print("  outer finally")


g = outer()
print(next(g))
g.close()
print("closed the whole chain")

g = outer()
print(next(g))
del g
print("deleted the whole chain")


def over_list():
    try:
        yield from [1, 2]
    finally:
        print("  finally around a list delegation")


h = over_list()
next(h)
h.close()
print("closed")
