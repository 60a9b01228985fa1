def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def make_multiplier(k):
    def multiply(x):
        return x * k
    return multiply


print(apply_n(lambda v: v * 2, 10, 1))
triple = make_multiplier(3)
print(triple(7), make_multiplier("ab")(2))
funcs = {"inc": lambda x: x + 1, "neg": lambda x: -x, "sq": lambda x: x * x}
for name in sorted(funcs):
    print(name, funcs[name](5))
pipeline = [funcs["inc"], funcs["sq"], funcs["neg"]]
value = 3
for step in pipeline:
    value = step(value)
print(value)
print(callable(triple), callable(3), callable(len), callable(make_multiplier))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(map(make_multiplier(10), range(4))))
