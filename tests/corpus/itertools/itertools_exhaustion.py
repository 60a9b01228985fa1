from itertools import accumulate, chain, islice, repeat, zip_longest

for it in [chain([1], [2]), islice(range(10), 2), repeat(0, 2), accumulate([1, 2]), zip_longest("a", "bc")]:
    first = list(it)
    second = list(it)
    print(first, second, next(it, "exhausted"))
