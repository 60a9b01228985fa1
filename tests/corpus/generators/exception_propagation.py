def fails_after(n):
    for i in range(n):
        yield i
    raise ValueError(f"failed after {n}")


collected = []
try:
    for v in fails_after(3):
        collected.append(v)
except ValueError as e:
    print("ValueError:", e, collected)

g = fails_after(1)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print("generator is finished:", next(g, "yes"))


def outer():
    try:
        yield from fails_after(2)
    except ValueError as e:
        yield f"outer saw: {e}"


print(list(outer()))


def uncaught_key():
    yield {}["missing"]


try:
    list(uncaught_key())
except KeyError as e:
    print("KeyError:", e)
