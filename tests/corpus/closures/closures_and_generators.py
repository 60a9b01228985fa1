def make_gen_factory(limit):
    calls = 0

    def factory():
        nonlocal calls
        calls += 1
        tag = calls
        for i in range(limit):
            yield (tag, i)

    def count():
        return calls

    return factory, count


factory, count = make_gen_factory(2)
g1 = factory()
g2 = factory()
print(count())
print(list(g1), count())
print(list(g2), count())


def outer():
    value = "before"

    def gen():
        yield value
        yield value

    g = gen()
    first = next(g)
    value = "after"
    second = next(g)
    return first, second


print(outer())
