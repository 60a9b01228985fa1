def gen():
    return [(yield x) for x in range(3)]


print("never printed: the module fails to compile")
