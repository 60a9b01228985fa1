x = "global"


def read_global():
    return x


def local_shadow():
    x = "local"
    return x


def unbound():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__)
        print(e)
    x = "assigned later"
    return x


print(read_global(), local_shadow(), unbound(), x)


def outer():
    y = 1

    def middle():
        def inner():
            return y + 1
        return inner()
    return middle()


print(outer())
for i in range(3):
    pass
print(i)
total = sum(j for j in range(4))
try:
    print(j)
except NameError as e:
    print("comprehension variable does not leak:", e)
