def careful(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div by zero"
        else:
            yield "ok"
        finally:
            yield f"finally {v}"


print(list(careful([5, 0, 2])))


def yield_in_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        yield f"handling {e}"
        yield "still handling"
    yield "after"


print(list(yield_in_except()))
