def polynomial(*coefficients):
    def evaluate(x):
        result = 0
        for c in coefficients:
            result = result * x + c
        return result
    return evaluate


p = polynomial(1, 0, -2)
q = polynomial(2, 3)
print([p(x) for x in range(-2, 3)], [q(x) for x in range(3)])


def compose(*funcs):
    def run(value):
        for f in reversed(funcs):
            value = f(value)
        return value
    return run


inc_then_double = compose(lambda v: v * 2, lambda v: v + 1)
print(inc_then_double(5), compose()(7))


def curry(f):
    return lambda a: lambda b: f(a, b)


print(curry(pow)(2)(10), curry(max)(3)(9))
