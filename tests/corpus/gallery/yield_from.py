# yield from hands control to a sub-generator and returns its value.
def inner():
    received = yield "inner ready"
    print("inner got", received)
    yield "inner done"
    return "result from inner"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer done"


pipe = outer()
print(next(pipe))
print(pipe.send("hello"))
print(next(pipe))
