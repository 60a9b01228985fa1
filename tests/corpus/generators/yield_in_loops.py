def grid(rows, cols):
    for r in range(rows):
        for c in range(cols):
            if c > r:
                break
            yield r, c


print(list(grid(4, 4)))


def skip_multiples(limit):
    n = 0
    while n < limit:
        n += 1
        if n % 3 == 0:
            continue
        yield n
    else:
        yield "while-else"


print(list(skip_multiples(10)))


def search(items, target):
    for i, item in enumerate(items):
        yield f"checking {item}"
        if item == target:
            yield f"found at {i}"
            break
    else:
        yield "not found"


print(list(search("abc", "b")), list(search("abc", "z")))
