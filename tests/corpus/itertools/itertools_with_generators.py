from itertools import chain, count, islice, takewhile


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


print(list(islice(primes(), 15)))
print(sum(takewhile(lambda p: p < 100, primes())))


def letters():
    yield from "xyz"
    return "letters done"


combined = chain(letters(), range(2))
print(list(combined))
g = primes()
print(list(islice(g, 3)), list(islice(g, 3)))
