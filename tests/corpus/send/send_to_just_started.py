def gen():
    value = yield 1
    print("got", value)
    yield 2


g = gen()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print("the generator is still usable:", next(g))
print(g.send("now fine"))

h = gen()
try:
    h.send(0)
except TypeError as e:
    print("send(0) -> TypeError:", e)
try:
    h.send(False)
except TypeError as e:
    print("send(False) -> TypeError:", e)
print("send(None) starts it:", h.send(None))

genexp = (x * 2 for x in range(3))
try:
    genexp.send(1)
except TypeError as e:
    print("genexp -> TypeError:", e)
