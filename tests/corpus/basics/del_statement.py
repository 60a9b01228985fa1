x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

xs = [0, 1, 2, 3, 4, 5]
del xs[0]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)


class Box:
    pass


box = Box()
box.label = "hi"
print(hasattr(box, "label"))
del box.label
print(hasattr(box, "label"))
