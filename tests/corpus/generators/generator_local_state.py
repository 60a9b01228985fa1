def running_stats():
    count = 0
    total = 0
    smallest = None
    for value in [4, 8, 15, 16, 23, 42]:
        count += 1
        total += value
        smallest = value if smallest is None else min(smallest, value)
        yield count, total, total / count, smallest


for stats in running_stats():
    print(stats)


def fibonacci_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b


pairs = fibonacci_pairs()
for _ in range(5):
    print(next(pairs))
