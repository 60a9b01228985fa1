def count_and_total(values):
    for v in values:
        yield v
    return sum(values)


def grand_total(groups):
    total = 0
    for group in groups:
        total += yield from count_and_total(group)
        print("  running total", total)
    return total


g = grand_total([[1, 2], [3], [], [4, 5, 6]])
items = []
try:
    while True:
        items.append(next(g))
except StopIteration as e:
    print(items, "grand total", e.value)

lengths = []


def gather():
    lengths.append((yield from count_and_total([7, 8])))
    lengths.append((yield from count_and_total([])))


print(list(gather()), lengths)
