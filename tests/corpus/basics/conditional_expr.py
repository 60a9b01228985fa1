for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)


def side(name):
    print("evaluated", name)
    return name


print(side("yes") if True else side("no"))
print(side("yes") if False else side("no"))
values = [x if x % 2 else -x for x in range(6)]
print(values)
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
