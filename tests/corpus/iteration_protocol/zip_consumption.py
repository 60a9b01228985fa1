first = iter([1, 2, 3, 4])
second = iter(["a", "b"])
print(list(zip(first, second)))
print("left over in first:", list(first))

first = iter([1, 2, 3, 4])
second = iter(["a", "b"])
print(list(zip(second, first)))
print("left over in first:", list(first))

shared = iter(range(7))
print(list(zip(shared, shared)))
print(list(shared))

print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", "cd", "ef")))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
