print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:4], 15 in r, 16 in r, r.index(11))
print(list(reversed(range(4))), sum(range(1, 11)), max(range(7)))
print(range(5) == range(0, 5), range(0) == range(3, 3), list(range(-3, 3)))
print(list(range(0, -10, -2)), len(range(0, 10 ** 15, 3)))
big = range(10 ** 18)
print(big[10 ** 17], len(big), (10 ** 18 - 1) in big)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
it = iter(range(3))
print(next(it), list(it), list(it))
