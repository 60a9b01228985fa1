def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 100, 6 ** 40))
for n in [2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
primes = [n for n in range(2, 60) if factorize(n) == [n]]
print(primes)
