def bottom():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    except GeneratorExit:
        print("  bottom closing with total", total)
        raise
    except ValueError:
        print("  bottom reset")
        total = 0
        yield "reset"
    return total


def middle():
    result = yield from bottom()
    print("  middle got", result)
    return result


def top():
    result = yield from middle()
    yield f"top got {result}"


g = top()
print(next(g))
print(g.send(1), g.send(2), g.send(3))
print(g.throw(ValueError))
print(next(g))
print(next(g, "end"))
h = top()
next(h)
h.send(41)
h.close()
print("closed")
