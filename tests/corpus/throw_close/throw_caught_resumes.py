def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  caught inside:", e)
            n += 100


g = resilient()
print(next(g))
print(next(g))
print("throw returned", g.throw(ValueError("bad value")))
print(next(g))
print("throw returned", g.throw(ValueError))
print(next(g))
