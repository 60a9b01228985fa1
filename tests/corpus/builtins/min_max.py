print(max(3, 7, 5), min(3, 7, 5), max([2, 8, 1]), min("hello"))
print(max([1, 5, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len))
print(max([], default="none"), min((), default=0), max([4], default=9))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5], [1]]))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), min([True, 1]))
words = ["kiwi", "fig", "apple", "date"]
print(max(words, key=len), min(words, key=len))
print(max(x * x for x in range(-5, 3)))
for thunk in [lambda: max([]), lambda: min(), lambda: max(1), lambda: min([1, "a"])]:
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
