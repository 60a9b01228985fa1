import itertools

c = itertools.count()
print(next(c), next(c), next(c))
c = itertools.count(10, 5)
print([next(c) for _ in range(4)])
c = itertools.count(3, -2)
print([next(c) for _ in range(4)])
c = itertools.count(0.5, 0.25)
print([next(c) for _ in range(5)])
c = itertools.count(2 ** 64)
print(next(c), next(c))
for n in itertools.count(1):
    if n * n > 50:
        print("first square over 50:", n)
        break
print(list(zip("abc", itertools.count(1))))
