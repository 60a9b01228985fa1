names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for i, (name, score) in enumerate(zip(names, scores), start=1):
    print(f"{i}. {name:>4} {score}")
print(dict(zip(names, scores)))
print(list(enumerate(zip("ab", "cd"))))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
pairs = list(zip(range(3), range(3, 6), range(6, 9)))
print(pairs, [sum(p) for p in pairs])
print(list(enumerate([], start=5)), list(enumerate("x", -1)))
