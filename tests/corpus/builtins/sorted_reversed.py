print(sorted([5, 2, 9, 1]), sorted([5, 2, 9, 1], reverse=True))
print(sorted("hello"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
print(sorted(["b", "A", "c"], key=lambda s: s.lower()), sorted([-3, 2, -1], key=abs))
records = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
print(sorted([]), sorted([1]), sorted(x % 3 for x in range(7)))
