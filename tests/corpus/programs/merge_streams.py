# Merging several sorted streams lazily, and deduplicating the result.
from itertools import count, islice


def merge(*streams):
    heads = []
    for index, stream in enumerate(streams):
        it = iter(stream)
        first = next(it, None)
        if first is not None:
            heads.append([first, index, it])
    while heads:
        heads.sort(key=lambda h: (h[0], h[1]))
        value, index, it = heads[0]
        yield value
        following = next(it, None)
        if following is None:
            heads.pop(0)
        else:
            heads[0][0] = following


def unique(sorted_stream):
    first = True
    previous = None
    for value in sorted_stream:
        if first or value != previous:
            yield value
        first = False
        previous = value


def multiples_of(k):
    # A function, not a generator expression inside a loop: a genexp would
    # see only the last k (late binding).
    return (n * k for n in count(1))


multiples = [multiples_of(k) for k in (3, 5, 7)]
print(list(islice(merge(*multiples), 15)))
late_bound = [(n * k for n in count(1)) for k in (3, 5, 7)]
print(list(islice(merge(*late_bound), 6)))
print(list(islice(unique(merge(multiples_of(2), multiples_of(3))), 12)))
print(list(merge([1, 4, 9], [], [2, 3, 10, 11], [5])))
