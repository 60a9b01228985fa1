def guarded(name):
    try:
        yield 1
        yield 2
    finally:
        print(f"finally of {name}")


g = guarded("deleted")
print(next(g))
print("before del")
del g
print("after del")

g = guarded("rebound")
next(g)
print("before rebinding")
g = guarded("replacement")
print("after rebinding")
next(g)
g = None
print("after setting to None")

unstarted = guarded("never started")
del unstarted
print("an unstarted generator has nothing to finalize")

finished = guarded("finished")
print(list(finished))
del finished
print("done")
