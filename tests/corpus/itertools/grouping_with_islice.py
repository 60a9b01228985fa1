from itertools import islice


def chunked(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


print(list(chunked(range(10), 3)))
print(list(chunked("abcdefg", 2)))
print(list(chunked([], 4)))


def windows(iterable, size):
    it = iter(iterable)
    window = list(islice(it, size))
    if len(window) == size:
        yield tuple(window)
    for item in it:
        window = window[1:] + [item]
        yield tuple(window)


print(list(windows(range(6), 3)))
print([sum(w) / len(w) for w in windows([2, 4, 6, 8, 10], 2)])
