from itertools import accumulate

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate("abc")))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate(range(1, 6), func=lambda acc, x: acc * 10 + x, initial=0)))
balance = list(accumulate([100, -20, -30, 50, -200], initial=0))
print(balance, min(balance))
