def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  inner ignores GeneratorExit")
        yield 2


def delegator():
    try:
        yield from stubborn()
    finally:
        print("  delegator finally")


g = delegator()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g, "done"))
