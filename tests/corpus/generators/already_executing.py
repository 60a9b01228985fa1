def recursive_next():
    yield "first"
    yield next(gen)


gen = recursive_next()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
print(next(gen, "finished after the error"))


def sender():
    x = yield 1
    print("received", x)
    me.send("again")
    yield 2


me = sender()
next(me)
try:
    me.send("hello")
except ValueError as e:
    print("ValueError:", e)


def closer():
    yield 1
    own.close()
    yield 2


own = closer()
next(own)
try:
    next(own)
except ValueError as e:
    print("ValueError:", e)
