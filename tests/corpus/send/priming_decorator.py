def primed(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def accumulator(start=0):
    total = start
    while True:
        amount = yield total
        total += amount


acc = accumulator(100)
print(acc.send(5), acc.send(10), acc.send(-50))
acc2 = accumulator()
print(acc2.send(1), acc.send(0))
