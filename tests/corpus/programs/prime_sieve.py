# Infinite prime generators: the chained-filter sieve, and the incremental
# dictionary sieve that keeps only the next composite of each prime.
from itertools import count, islice, takewhile


def chained_sieve():
    def drop_multiples(stream, p):
        for n in stream:
            if n % p:
                yield n

    stream = count(2)
    while True:
        p = next(stream)
        yield p
        stream = drop_multiples(stream, p)


def incremental_sieve():
    composites = {}
    for n in count(2):
        factor = composites.pop(n, None)
        if factor is None:
            composites[n * n] = n
            yield n
        else:
            multiple = n + factor
            while multiple in composites:
                multiple += factor
            composites[multiple] = factor


print(list(islice(chained_sieve(), 20)))
print(list(islice(incremental_sieve(), 20)))
print(list(islice(chained_sieve(), 50)) == list(islice(incremental_sieve(), 50)))
below_1000 = list(takewhile(lambda p: p < 1000, incremental_sieve()))
print(len(below_1000), below_1000[-5:], sum(below_1000))
twins = []
primes = incremental_sieve()
previous = next(primes)
for p in primes:
    if p - previous == 2:
        twins.append((previous, p))
    if len(twins) == 8:
        break
    previous = p
print(twins)
nth = next(islice(incremental_sieve(), 999, None))
print("1000th prime:", nth)
