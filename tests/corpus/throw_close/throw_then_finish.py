def handles_then_returns():
    try:
        yield "waiting"
    except ValueError:
        print("  handled, returning")
        return "result from handler"


g = handles_then_returns()
print(next(g))
try:
    g.throw(ValueError)
except StopIteration as e:
    print("throw raised StopIteration with value:", e.value)


def handles_then_falls_off():
    try:
        yield 1
    except KeyError:
        pass


h = handles_then_falls_off()
next(h)
try:
    h.throw(KeyError)
except StopIteration as e:
    print("fell off the end:", repr(e))
