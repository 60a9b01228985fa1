print(repr(str(StopIteration())), repr(StopIteration()))
print(str(StopIteration(42)), repr(StopIteration(42)), StopIteration(42).value)
print(str(StopIteration("text")), StopIteration(1, 2).value, StopIteration(1, 2).args)
print(StopIteration().value, StopIteration(None).value)


def ret(v):
    return v
    yield


for v in [0, "", "msg", [1], (), None, (1, 2)]:
    try:
        next(ret(v))
    except StopIteration as e:
        print(repr(v), "->", repr(e), repr(str(e)), e.args)
