def three():
    yield 1
    yield 2
    yield 3


g = three()
print(type(g).__name__)
print(next(g), next(g), next(g))
print(next(g, "exhausted"))
print(list(three()), sum(three()), tuple(three()))
for value in three():
    print("for got", value)
print(iter(g) is g)
