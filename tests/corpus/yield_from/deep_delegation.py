def leaf():
    received = yield "leaf ready"
    while received is not None:
        received = yield f"leaf got {received}"
    return "leaf done"


def level(depth):
    if depth == 0:
        result = yield from leaf()
    else:
        result = yield from level(depth - 1)
    return f"{result}<{depth}"


g = level(40)
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print(e.value[:40], "...", e.value[-20:])


def nested_lists(depth):
    if depth == 0:
        yield from range(3)
    else:
        yield depth
        yield from nested_lists(depth - 1)


print(list(nested_lists(10)))
