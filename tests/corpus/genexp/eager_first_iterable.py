def source(name, n):
    print(f"  source {name} called")
    return range(n)


g = ((x, y) for x in source("outer", 2) for y in source("inner", 2))
print("genexp created")
print(next(g))
print(list(g))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

lazy_bad = (y for x in [1] for y in 5)
print("second iterable not checked yet")
try:
    next(lazy_bad)
except TypeError as e:
    print("TypeError on first next():", e)
