cases = [
    ValueError(),
    ValueError("one"),
    ValueError("one", 2),
    KeyError("key"),
    KeyError(),
    KeyError(1, 2),
    IndexError(3),
    Exception(None),
    RuntimeError(""),
    StopIteration(5),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
