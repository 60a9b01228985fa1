# Big-integer arithmetic: fib(n) for n in the hundreds of thousands by plain
# iteration (huge additions), digit counting without str() (CPython refuses to
# convert ints over 4300 digits), and a modular checksum.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_count(n):
    chunk = 10 ** 1000
    digits = 0
    while n >= chunk:
        n //= chunk
        digits += 1000
    return digits + len(str(n))


print("fib(1000) =", fib(1000))
big = fib(250000)
print("fib(250000) has", digit_count(big), "digits; mod 1e9+7 =", big % 1000000007)
