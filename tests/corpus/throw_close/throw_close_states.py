def gen():
    try:
        yield "a"
        yield "b"
    except ValueError:
        yield "handled"
    finally:
        print("  finally")


def report(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


g = gen()
report("next", lambda: next(g))
report("throw ValueError", lambda: g.throw(ValueError))
report("next", lambda: next(g))
report("next", lambda: next(g))
report("close", lambda: g.close())
report("throw TypeError", lambda: g.throw(TypeError("late")))
report("send", lambda: g.send(None))
