def gives(n):
    yield n
    return n * 10


g = gives(4)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("first stop:", repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("second stop:", repr(e), e.value, e.args)


def plain_return():
    yield 1
    return


def no_return():
    yield 1


def returns_none_explicitly():
    yield 1
    return None


for factory in [plain_return, no_return, returns_none_explicitly]:
    g = factory()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e), e.value)


def returns_tuple():
    return (1, 2)
    yield


try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple value:", e.value, e.args)
print(list(returns_tuple()))
