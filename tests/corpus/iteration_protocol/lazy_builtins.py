def noisy(name, values):
    for v in values:
        print(f"  {name} yields {v}")
        yield v


m = map(lambda x: x * 10, noisy("m", [1, 2, 3]))
print("map created")
print(next(m))
print(list(m))

f = filter(lambda x: x % 2, noisy("f", range(5)))
print("filter created")
print(next(f))
print(next(f))

e = enumerate(noisy("e", "ab"), start=1)
print("enumerate created")
print(list(e))

z = zip(noisy("left", [1, 2, 3]), noisy("right", "ab"))
print("zip created")
print(list(z))

r = reversed([1, 2, 3])
print(next(r), list(r))
