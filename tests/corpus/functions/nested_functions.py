def outer(n):
    def helper(k):
        return k * n

    def combine(*values):
        return [helper(v) for v in values]

    return combine(1, 2, 3)


print(outer(10))


def make_ops():
    def add(a, b):
        return a + b

    def sub(a, b):
        return a - b

    return {"add": add, "sub": sub}


ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3), sorted(ops))


def counter_factory():
    def count_to(n):
        return list(range(1, n + 1))
    return count_to


print(counter_factory()(5))
