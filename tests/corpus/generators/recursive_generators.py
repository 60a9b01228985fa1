def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield [items[i]] + perm


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))


def subsets(items):
    if not items:
        yield []
        return
    for sub in subsets(items[1:]):
        yield sub
        yield [items[0]] + sub


print(sorted(subsets("abc"), key=lambda s: (len(s), s)))


def hanoi(n, a, b, c):
    if n:
        for move in hanoi(n - 1, a, c, b):
            yield move
        yield (a, c)
        for move in hanoi(n - 1, b, a, c):
            yield move


print(list(hanoi(3, "A", "B", "C")))
