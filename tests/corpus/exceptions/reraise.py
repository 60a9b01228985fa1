def inner():
    raise ValueError("original problem")


def middle():
    try:
        inner()
    except ValueError:
        print("  middle logs and re-raises")
        raise


try:
    middle()
except ValueError as e:
    print("outer caught:", e)


def replace():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError(f"wrapped: {e}")


try:
    replace()
except RuntimeError as e:
    print("RuntimeError:", e)


def chained():
    try:
        inner()
    except ValueError as e:
        raise KeyError("chained key") from e


try:
    chained()
except KeyError as e:
    print("KeyError:", e)


def suppressed():
    try:
        inner()
    except ValueError:
        raise TypeError("context suppressed") from None


try:
    suppressed()
except TypeError as e:
    print("TypeError:", e)
