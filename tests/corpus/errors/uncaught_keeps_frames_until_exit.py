# An uncaught exception keeps the frames it escaped from until the
# interpreter shuts down; those are released before the module's globals.
def resource(name):
    try:
        yield name
    finally:
        print("released", name)


def fails():
    local = resource("local")
    next(local)
    raise ValueError("uncaught")


global_resource = resource("global")
next(global_resource)
fails()
