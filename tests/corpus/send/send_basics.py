def echo():
    print("  started")
    received = yield "ready"
    while True:
        print("  received", repr(received))
        received = yield f"echo: {received}"


g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
print(next(g))
print(g.send([1, 2]))
