# Deep delegation: every item travels through a chain of 50 generators joined
# by yield from, plus a recursive tree walk built the same way.

def leaf(n):
    for i in range(n):
        yield i


def chain(depth, n):
    if depth == 0:
        return (yield from leaf(n))
    return (yield from chain(depth - 1, n))


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


total = 0
for value in chain(50, 250000):
    total += value
walked = 0
count = 0
for value in tree(17):
    walked += value
    count += 1
print("delegation checksum", total, "tree", count, walked)
