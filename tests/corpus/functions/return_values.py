def nothing():
    pass


def early(n):
    if n < 0:
        return "negative"
    return


def pair():
    return 1, 2


def multiple_exits(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1


print(nothing(), early(-1), early(1))
print(pair(), type(pair()).__name__)
a, b = pair()
print(a + b)
print([multiple_exits(n) for n in [0, 1, 5, 10, 50]])
