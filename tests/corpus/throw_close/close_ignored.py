def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  refusing to close")
        yield 2
    print("  resumed after the refusal")


g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("generator is suspended at the second yield; next() ->", next(g, "finished"))


def stubborn_forever():
    while True:
        try:
            yield
        except GeneratorExit:
            print("  ignoring again")


# h is still suspended when the module ends, so it is finalized at exit and
# prints "ignoring again" once more (the RuntimeError then goes to stderr).
h = stubborn_forever()
next(h)
for attempt in range(2):
    try:
        h.close()
    except RuntimeError as e:
        print(f"attempt {attempt}: RuntimeError: {e}")
