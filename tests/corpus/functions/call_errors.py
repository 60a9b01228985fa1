def f(x):
    return x


def g(a, b, c=0):
    return a + b + c


def h(*, key):
    return key


zero = lambda: 0
five = 5

calls = [
    ("f()", lambda: f()),
    ("f(1, 2)", lambda: f(1, 2)),
    ("f(y=1)", lambda: f(y=1)),
    ("f(1, x=2)", lambda: f(1, x=2)),
    ("g(1)", lambda: g(1)),
    ("g()", lambda: g()),
    ("g(1, 2, 3, 4)", lambda: g(1, 2, 3, 4)),
    ("h(1)", lambda: h(1)),
    ("h()", lambda: h()),
    ("zero(1)", lambda: zero(1)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(5)", lambda: len(5)),
    ("abs('x')", lambda: abs("x")),
    ("five()", lambda: five()),
]
for label, thunk in calls:
    try:
        print(label, "=", thunk())
    except TypeError as e:
        print(label, "-> TypeError:", e)
