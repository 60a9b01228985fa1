def leaky():
    yield 1
    raise StopIteration("inside")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration escaped (wrong)")
print(next(g, "closed afterwards"))


def unguarded_next(it):
    while True:
        yield next(it)


try:
    print(list(unguarded_next(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e)


def guarded_next(it):
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "source done"
        yield value


print(list(guarded_next(iter([1, 2, 3]))))


def catches_runtime():
    try:
        yield from leaky()
    except RuntimeError as e:
        yield f"caught {e}"


print(list(catches_runtime()))
