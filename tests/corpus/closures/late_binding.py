funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 42
print([f() for f in funcs])

bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])


def make_all():
    result = []
    for k in range(3):
        def show():
            return k
        result.append(show)
    return result


print([f() for f in make_all()])


def make_each(k):
    return lambda: k


print([make_each(k)() for k in range(3)])
