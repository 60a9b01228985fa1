from itertools import count, islice


def noisy():
    for i in range(100):
        print(f"  pulled {i}")
        yield i


print(list(islice(noisy(), 3)))
print(list(islice(range(20), 2, 10, 3)))
print(list(islice("abcdefg", 4, None)), list(islice("abc", 0)), list(islice([], 5)))
print(list(islice(count(), 5, 8)))
src = iter(range(10))
print(list(islice(src, 3)), list(islice(src, 3)), list(src))
s = islice(noisy(), 1, 3)
print("islice created")
print(next(s))
print(next(s))
print(next(s, "done"))
for bad in [(-1,), (0, -1), (0, 5, 0)]:
    try:
        islice(range(5), *bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
