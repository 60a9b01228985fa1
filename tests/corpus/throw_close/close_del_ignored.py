# A generator that ignores GeneratorExit while being finalized cannot stop the
# finalization: CPython reports the RuntimeError on stderr as "ignored" and
# carries on, so the program still exits normally.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  asked to close during finalization")
        yield 2
    print("  never resumed")


g = stubborn()
next(g)
del g
print("program continues after the ignored error")
