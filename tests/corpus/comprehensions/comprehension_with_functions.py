def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


primes = [n for n in range(50) if is_prime(n)]
print(primes)
twin = [(p, p + 2) for p in primes if is_prime(p + 2)]
print(twin)
table = {n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 13)}
perfect = [n for n, divs in table.items() if sum(divs) - n == n]
print(table[12], perfect)
words = ["level", "gen", "noon", "yield", "racecar"]
print([w for w in words if w == w[::-1]])
