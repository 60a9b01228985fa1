def gen(n):
    for i in range(n):
        print("  producing", i)
        yield i


a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
print(list(gen(2)) + list("xy"), tuple(gen(1)), set(range(3)) | {2, 3})
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, *r = gen(1)
except ValueError as e:
    print("ValueError:", e)
print(max(*[3, 9, 2]))
print(*gen(2), sep="|")
