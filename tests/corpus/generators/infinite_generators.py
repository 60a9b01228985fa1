def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) == n:
            break
        result.append(item)
    return result


print(take(5, naturals()))
print(take(3, naturals(10)))
squares = (n * n for n in naturals())
print(take(6, squares))
print(take(4, squares))
evens = (n for n in naturals() if n % 2 == 0)
for e in evens:
    if e > 8:
        break
print("stopped at", e, "next is", next(evens))
