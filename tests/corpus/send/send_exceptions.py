def fragile():
    while True:
        value = yield
        print("  1 /", value, "=", 1 / value)


f = fragile()
next(f)
f.send(2)
f.send(4)
try:
    f.send(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    f.send(1)
except StopIteration:
    print("generator died with the exception; send raises StopIteration")


def resilient():
    while True:
        try:
            value = yield
            print("  ok", 10 // value)
        except ZeroDivisionError:
            print("  handled inside")


r = resilient()
next(r)
r.send(5)
r.send(0)
r.send(3)
