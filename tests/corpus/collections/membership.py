xs = [1, 2, [3], (4, 5)]
print(1 in xs, [3] in xs, 3 in xs, (4, 5) in xs, 4 not in xs)
d = {"a": 1}
print("a" in d, 1 in d, 1 in d.values())
print("sub" in "substring", "" in "abc", "x" in "")
print(2 in range(5), 2.0 in range(5), 2.5 in range(5))
print(None in [None], 0 in [False], "1" in [1])
s = {1, 2, 3}
print(3 in s, 4 in s)
