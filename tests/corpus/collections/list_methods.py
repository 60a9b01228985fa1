xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.extend(range(2))
xs.insert(0, 100)
xs.insert(-1, 7)
xs.insert(99, "end")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2))
print(xs)
xs.remove(1)
print(xs, xs.index(4), xs.count(1))
ys = [n for n in xs if isinstance(n, int)]
ys.sort()
print(ys)
ys.sort(reverse=True)
print(ys)
ys.reverse()
print(ys)
words = ["ccc", "a", "bb", "dd"]
words.sort(key=len)
print(words)
copy = words.copy()
copy.clear()
print(words, copy)
print([1, 2] + [3], [0] * 4, [[]] * 2)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
