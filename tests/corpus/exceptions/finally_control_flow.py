def return_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(return_in_finally())


def finally_overrides_return():
    try:
        return "try"
    finally:
        print("  finally runs before the function returns")


print(finally_overrides_return())


def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())


def exception_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")


try:
    exception_in_finally()
except Exception as e:
    print(type(e).__name__, e)
