class Custom(Exception):
    pass


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)


g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError("with message"))
g.throw(Custom("mine", 2))
g.throw(Custom)
try:
    g.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw("not an exception")
except TypeError as e:
    print("TypeError:", e)
print("still alive:", next(g) is None)
