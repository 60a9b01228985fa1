def counter(label, n):
    for i in range(n):
        yield f"{label}{i}"


a = counter("a", 3)
b = counter("b", 2)
print(next(a), next(b), next(a), next(b), next(a))
print(next(b, "b done"), next(a, "a done"))
c1 = counter("c", 2)
c2 = counter("c", 2)
print(list(c1), list(c2), list(c1))
gens = [counter(str(i), i) for i in range(4)]
print([list(g) for g in gens])
