def stubborn():
    try:
        yield "still here"
    except GeneratorExit:
        print("ignoring GeneratorExit once")
        yield "refused to close"


g = stubborn()
print(next(g))
g.close()
