# Exact integer sequences from generators: factorials, Catalan numbers,
# powers of two, checked against closed forms.
from itertools import accumulate, count, islice


def factorials():
    value = 1
    for n in count(1):
        yield value
        value *= n


def catalan():
    c = 1
    for n in count(0):
        yield c
        c = c * 2 * (2 * n + 1) // (n + 2)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


facts = list(islice(factorials(), 60))
print(facts[59])
print(sum(int(d) for d in str(facts[59])))
cats = list(islice(catalan(), 40))
print(cats[:10], cats[39])
f = list(islice(fib(), 301))
print(f[300])
print(all(f[n] * f[n] - f[n - 1] * f[n + 1] == (-1) ** (n - 1) for n in range(1, 300)))
powers = list(islice(accumulate(count(1), lambda acc, _: acc * 2, initial=1), 130))
print(powers[128] == 2 ** 128, powers[128])
