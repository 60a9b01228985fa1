def primed(func):
    def start(*args):
        gen = func(*args)
        next(gen)
        return gen
    return start


@primed
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)


@primed
def multiply(factor, target):
    while True:
        item = yield
        target.send(item * factor)


@primed
def only_odd(target):
    while True:
        item = yield
        if item % 2:
            target.send(item)


@primed
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


sink = broadcast(only_odd(multiply(10, printer("odd*10:"))), printer("all:"))
for n in range(5):
    sink.send(n)
sink.close()
print("pipeline closed")
