def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


print([fib_rec(n) for n in range(15)])
print(fib_iter(90), fib_memo(90))
g = fib_gen()
print([next(g) for _ in range(20)])
print(fib_iter(500))
print(fib_memo(400) == fib_iter(400))
