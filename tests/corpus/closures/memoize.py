def memoize(func):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[n] = func(n)
        return cache[n]

    wrapper_stats = lambda: dict(stats)
    return wrapper, wrapper_stats


def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib, fib_stats = memoize(slow_fib)
print(fib(80))
print(fib_stats())
print(fib(200))
print(fib_stats())
