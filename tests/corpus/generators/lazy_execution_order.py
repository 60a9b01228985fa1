def traced():
    print("  body starts")
    yield "a"
    print("  after a")
    yield "b"
    print("  after b, about to finish")


print("calling")
g = traced()
print("called, nothing ran yet")
print("next ->", next(g))
print("next ->", next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print("loop:")
for item in traced():
    print("loop body", item)
