def order():
    print("  computing the yielded value")
    x = yield "first " + "value"
    print("  x assigned:", x)
    y = yield x * 2
    print("  y assigned:", y)
    return x + y


g = order()
print("prime:", next(g))
print("send 5:", g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("return:", e.value)


def nested_yields():
    result = yield (yield "inner")
    print("  result:", result)


n = nested_yields()
print(next(n))
print(n.send("sent to inner"))
try:
    n.send("sent to outer")
except StopIteration:
    print("done")


def yield_in_args():
    print("  call with", (yield "a"), (yield "b"))


y = yield_in_args()
print(next(y), y.send(1))
try:
    y.send(2)
except StopIteration:
    print("done")
