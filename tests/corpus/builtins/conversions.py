print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("xy"), tuple(), tuple(x for x in range(2)))
print(dict([(1, 2)]), dict(a=1), dict({"b": 2}, c=3), dict(zip("ab", "cd")))
print(set([1, 1, 2]), set("aab") == {"a", "b"}, set())
print(str(12), str(1.5), str([1, "a"]), str(None), str(), str("s"))
print(int("7"), int(7.9), int(-7.9), int(True), int())
print(float("2.5"), float(3), float(), float(" 1e2 "))
print(bool([]), bool([0]), bool(), bool("0"))
print(repr("r"), repr(1), repr([1, "x"]), repr(2.0))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
