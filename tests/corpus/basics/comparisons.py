print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2)
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2})
print({1, 2} == {2, 1}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2})
print(True == 1, False == 0, True + True)
print(None == None, None is None, None is not None)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "k" in {"k": 1})
print(1 in {1: "a"}, "a" in {1: "a"}, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
a = [1]
b = [1]
print(a == b, a is b, a is not b)


def v(n):
    print("eval", n)
    return n


print(v(1) < v(2) < v(0) < v(5))
print(float("nan") == float("nan"))
