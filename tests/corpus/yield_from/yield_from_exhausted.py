def child():
    yield 1
    return "child value"


def reuse():
    c = child()
    first = yield from c
    print("  first delegation returned", first)
    second = yield from c
    print("  delegating to the exhausted child returned", second)
    yield "end"


print(list(reuse()))


def share():
    c = child()
    yield next(c)
    rest = yield from c
    print("  rest returned", rest)


print(list(share()))
