xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = [10, 11]
print(xs)
xs[::3] = "WXYZ"
print(xs)
xs[1:3] = []
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
ys = [1, 2, 3]
ys[1:2] = range(5)
print(ys)
del ys[::2]
print(ys)
ys[-1] = "last"
print(ys)
