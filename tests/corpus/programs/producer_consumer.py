# A producer pushing into a chain of coroutine consumers, with close()
# propagating cleanup through the chain.

def consumer(name, target=None):
    seen = 0
    try:
        while True:
            item = yield
            seen += 1
            if target is not None:
                target.send((name, item))
            else:
                print(f"  {name} stored {item}")
    finally:
        print(f"  {name} closing after {seen} items")
        if target is not None:
            target.close()


def primed(gen):
    next(gen)
    return gen


def producer(target, items):
    for item in items:
        target.send(item)
    target.close()


sink = primed(consumer("sink"))
middle = primed(consumer("middle", sink))
front = primed(consumer("front", middle))
producer(front, ["a", "b"])
print("sink finished:", next(sink, "closed"))
