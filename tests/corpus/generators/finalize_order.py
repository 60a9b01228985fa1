# When several suspended generators lose their last reference at once, CPython
# finalizes them in the order their references are released: `del a, b` goes
# left to right, but lists and tuples release their items from the end.
def worker(name):
    try:
        yield name
        yield name
    finally:
        print("finalized", name)


a = worker("a")
b = worker("b")
next(a)
next(b)
del a, b
print("after del a, b")

items = [worker("first"), worker("second"), worker("third")]
for g in items:
    next(g)
del g
del items
print("after del of the list")

for left, right in zip(worker("left"), worker("right")):
    break
print("after zip loop")

pair = (worker("x"), worker("y"))
for g in pair:
    next(g)
del g
pair = None
print("after dropping the tuple")
