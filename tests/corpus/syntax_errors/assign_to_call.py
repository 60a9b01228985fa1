def f():
    return 1


print("never printed")
f() = 2
