def observe():
    try:
        yield 1
    except GeneratorExit as e:
        print("  GeneratorExit seen:", type(e).__name__, repr(str(e)), e.args)
        raise


g = observe()
next(g)
g.close()
print("closed")


def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowing GeneratorExit and returning")
        return "ignored return value"


s = swallow_and_return()
next(s)
print("close result:", s.close())


def finally_returns():
    try:
        yield 1
    finally:
        return "from finally"


f = finally_returns()
next(f)
print("close result:", f.close())
