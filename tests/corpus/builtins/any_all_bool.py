print(any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(""), all(""), any("a"), any([[]]), all([[]]))
print(bool(any(x > 3 for x in [1, 5])), all(x % 2 for x in [1, 3, 5]))
print(any(map(lambda c: c.isdigit(), "ab3")), all(map(lambda c: c.isdigit(), "123")))
