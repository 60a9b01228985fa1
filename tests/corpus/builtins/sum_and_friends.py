print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(1, 101)), sum([]))
print(sum([0.1] * 3), sum([[1], [2]], []), sum(x for x in range(5) if x % 2))
print(sum([True, True, False]), sum([1, 2.5]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(abs(-3), abs(3.25), abs(-0), abs(-10 ** 20))
print(round(2.567, 2), round(-1.5), round(0.5), round(1234, -1), round(5.5))
print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6))
print(pow(3, 3), pow(2, -1), pow(7, 2, 5), pow(-3, 3, 7))
