from itertools import cycle, islice


def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    nexts = cycle(iterators)
    while active:
        try:
            for it in nexts:
                yield next(it)
        except StopIteration:
            active -= 1
            nexts = cycle(islice(nexts, active))


print(list(roundrobin("ABC", "D", "EF")))
print(list(roundrobin(range(3), [], "xyzw")))
