def numbers():
    yield 1
    yield 2
    raise ValueError("the generator failed after two items")


for n in numbers():
    print("got", n)
print("never printed")
