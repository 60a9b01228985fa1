# An exception's traceback keeps alive the frames it escaped from, so a
# suspended generator held by one of those frames is finalized only when
# the exception goes away: after the except block that handled it.

def resource(name):
    try:
        yield name
    finally:
        print("  released", name)


def fails(name):
    r = resource(name)
    next(r)
    raise ValueError(name)


def generator_that_fails(name):
    r = resource(name)
    next(r)
    yield "first"
    raise KeyError(name)


print("plain except:")
try:
    fails("a")
except ValueError:
    print("  handling")
print("  after the handler")

print("except ... as error:")
try:
    fails("b")
except ValueError as error:
    print("  handling", error)
print("  after the handler")

print("from a generator:")
g = generator_that_fails("c")
print(" ", next(g))
try:
    next(g)
except KeyError:
    print("  handling")
print("  after the handler")

print("re-raised through another frame:")


def reraises():
    try:
        fails("d")
    except ValueError as error:
        print("  inner handler", error)
        raise


try:
    reraises()
except ValueError:
    print("  outer handler")
print("  after the handler")

print("kept in a variable:")
try:
    fails("e")
except ValueError as error:
    saved = error
print("  after the handler")
del saved
print("  after del")

print("caught inside the same frame:")


def catches_itself():
    r = resource("f")
    next(r)
    try:
        raise RuntimeError("inside")
    except RuntimeError:
        print("  caught inside")
    print("  returning")


catches_itself()
print("  after the call")
