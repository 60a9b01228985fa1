counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter", counter)


def make_global():
    global created_later
    created_later = "made inside a function"


make_global()
print(created_later)


def outer():
    value = "outer"

    def inner():
        nonlocal value
        value = "changed by inner"

    inner()
    return value


print(outer())

x = "global x"


def shadow():
    x = "local x"
    return x


print(shadow(), "/", x)
