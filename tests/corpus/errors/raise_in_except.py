try:
    {}["key"]
except KeyError:
    print("handling the KeyError")
    raise IndexError("raised while handling")
