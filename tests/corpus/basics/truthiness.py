print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.5))
print(bool(""), bool(" "), bool([]), bool([[]]), bool({}), bool(set()))
print(bool(None), bool(range(0)), bool(range(1)))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default")
print(None or [] or 0 or "last")
print(1 and "a" and [1] and "end")
print(not 0, not 1, not [], not "a")


def loud(name, value):
    print("evaluating", name)
    return value


print(loud("a", 0) and loud("b", 1))
print(loud("c", 1) or loud("d", 0))
print(loud("e", 1) and loud("f", 2) and loud("g", 0) and loud("h", 3))
