def bad_child():
    yield 1
    raise ValueError("child failed")


def careful_parent():
    try:
        result = yield from bad_child()
    except ValueError as e:
        print("  parent caught:", e)
        result = "fallback"
    yield result


print(list(careful_parent()))


def careless_parent():
    yield from bad_child()
    yield "unreachable"


try:
    for v in careless_parent():
        print("got", v)
except ValueError as e:
    print("ValueError reached the loop:", e)


def leaky_child():
    yield 1
    raise StopIteration("leak")


def parent_of_leaky():
    yield from leaky_child()


try:
    list(parent_of_leaky())
except RuntimeError as e:
    print("RuntimeError:", e)
