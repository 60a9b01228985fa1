def make_multipliers():
    return [lambda x: x * i for i in range(4)]


print([m(2) for m in make_multipliers()])


def make_multipliers_fixed():
    return [(lambda i: lambda x: x * i)(i) for i in range(4)]


print([m(2) for m in make_multipliers_fixed()])


def gen_closures():
    for n in range(3):
        yield lambda: n


lazy = [f() for f in gen_closures()]
eager = [f() for f in list(gen_closures())]
print(lazy, eager)
