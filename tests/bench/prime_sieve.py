# Incremental sieve of Eratosthenes as an infinite generator: a dict maps each
# upcoming composite to a prime that divides it.
from itertools import count


def primes():
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


LIMIT = 1500000
found = 0
checksum = 0
for p in primes():
    if p >= LIMIT:
        break
    found += 1
    checksum = (checksum * 31 + p) % 1000000007
print("primes below", LIMIT, found, "checksum", checksum)
