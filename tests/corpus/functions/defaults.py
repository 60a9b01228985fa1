counter = 10


def with_default(x=counter):
    return x


counter = 20
print(with_default(), with_default(5))


def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, [0]))


def shared(item, seen=[]):
    seen.append(item)
    return len(seen)


print(shared("a"), shared("b"), shared("c"))


def order(a, b=1, c=2):
    return a, b, c


print(order(0), order(0, c=5), order(c=1, a=3), order(0, 1, 2))
