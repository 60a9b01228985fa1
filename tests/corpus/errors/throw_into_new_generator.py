def body():
    print("never printed")
    yield 1


g = body()
print("throwing into a generator that never started")
g.throw(KeyError("thrown"))
