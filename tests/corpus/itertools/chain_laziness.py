import itertools


def part(name, n):
    print(f"  start {name}")
    for i in range(n):
        yield f"{name}{i}"
    print(f"  end {name}")


c = itertools.chain(part("a", 2), part("b", 1), part("c", 0), part("d", 1))
print("chain created")
print(next(c))
print(list(c))
print(list(itertools.chain("ab", [1, 2], range(2), (), {"k": 1})))
print(list(itertools.chain()))
nested = [[1, 2], [3], [], [4, 5]]
print(list(itertools.chain.from_iterable(nested)))
print(list(itertools.chain(*nested)))


def endless_parts():
    n = 0
    while True:
        print(f"  making part {n}")
        yield range(n)
        n += 1


flat = itertools.chain.from_iterable(endless_parts())
print(list(itertools.islice(flat, 4)))
