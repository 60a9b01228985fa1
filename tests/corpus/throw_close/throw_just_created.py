def body():
    print("  body started (never printed)")
    try:
        yield 1
    finally:
        print("  finally (never printed either)")


g = body()
try:
    g.throw(ValueError("thrown before start"))
except ValueError as e:
    print("ValueError:", e)
print("after throw:", next(g, "closed"))

h = body()
try:
    h.throw(StopIteration)
except Exception as e:
    print(type(e).__name__ + ":", e)
