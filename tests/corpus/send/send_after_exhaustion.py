def short():
    x = yield "only"
    return f"finished with {x}"


g = short()
print(next(g))
try:
    g.send("payload")
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    g.send("more")
except StopIteration as e:
    print("again:", repr(e))
try:
    g.send(None)
except StopIteration as e:
    print("send(None) after the end:", repr(e))


def closed_early():
    yield 1


c = closed_early()
c.close()
try:
    c.send(None)
except StopIteration as e:
    print("send on a closed, never-started generator:", repr(e))
