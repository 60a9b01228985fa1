# Sliding windows over a stream without storing the whole stream.
from itertools import count, islice


def windows(iterable, size, step=1):
    window = []
    skip = 0
    for item in iterable:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            if skip == 0:
                yield tuple(window)
                skip = step
            skip -= 1


def moving_average(iterable, size):
    for w in windows(iterable, size):
        yield sum(w) / size


def local_maxima(iterable):
    for a, b, c in windows(iterable, 3):
        if b > a and b > c:
            yield b


prices = [10, 12, 11, 15, 14, 13, 18, 17, 19, 16]
print(list(windows(prices, 3)))
print(list(windows(prices, 4, step=2)))
print([round(a, 2) for a in moving_average(prices, 3)])
print(list(local_maxima(prices)))
squares = (n * n for n in count())
print(list(islice(windows(squares, 2), 5)))
print(list(windows([1, 2], 5)))
