def level3():
    raise IndexError("deep")


def level2():
    try:
        level3()
    finally:
        print("  level2 finally")


def level1():
    try:
        level2()
    except KeyError:
        print("  wrong handler")
    finally:
        print("  level1 finally")


try:
    level1()
except IndexError as e:
    print("caught at top:", e)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling inner")
        raise TypeError("raised while handling")
except TypeError as e:
    print("outer got:", e)
