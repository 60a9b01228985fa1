def tracker():
    total = 0

    def consume(items):
        nonlocal total
        for item in items:
            total += item
            yield total

    def get_total():
        return total

    return consume, get_total


consume, get_total = tracker()
g = consume([1, 2, 3])
print(get_total())
print(next(g), get_total())
print(list(g), get_total())
h = consume(range(10, 13))
print(next(h), get_total())
