def child():
    received = yield "first"
    yield f"child received {received}"


def with_loop():
    for value in child():
        yield value


def with_yield_from():
    yield from child()


# A plain for loop drops the sent value; yield from passes it through.
for label, factory in [("for loop", with_loop), ("yield from", with_yield_from)]:
    g = factory()
    print(f"{label:>10}:", next(g), "|", g.send("hello"))
