def isqrt(n):
    # Newton's method on ints, so it stays exact for huge n.
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127 - 1]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(isqrt(10 ** 100))
print(pow(7, 123, 1000), 7 ** 123 % 1000)
print(2 ** 0.5, 27 ** (1 / 3), (-8) ** 2, 8 ** -1)
