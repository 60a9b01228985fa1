calls = []


def key(x):
    calls.append(x)
    return -x


data = [3, 1, 2]
print(sorted(data, key=key), calls)
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(iter([5, 3, 4])), sorted("cab"), sorted({3: "x", 1: "y"}))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
