def swallow_exceptions():
    while True:
        try:
            yield "tick"
        except Exception as e:
            print("caught Exception:", type(e).__name__)
        finally:
            print("finally runs each time")


g = swallow_exceptions()
print(next(g))
print(next(g))
print("closing; GeneratorExit is not an Exception subclass")
g.close()
print("closed", next(g, "nothing more"))
print(isinstance(GeneratorExit(), Exception), isinstance(GeneratorExit(), BaseException))


def catch_all():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__)
        raise


c = catch_all()
next(c)
del c
print("after del")
