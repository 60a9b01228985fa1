def f():
    continue


print("never printed")
