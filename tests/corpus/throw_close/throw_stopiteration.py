def passive():
    yield 1
    yield 2


g = passive()
next(g)
try:
    g.throw(StopIteration("thrown in"))
except RuntimeError as e:
    print("RuntimeError:", e)


def catches_it():
    try:
        yield 1
    except StopIteration as e:
        yield f"caught StopIteration({e})"


c = catches_it()
next(c)
print(c.throw(StopIteration("x")))
