class Thing:
    size = 3

    def method(self):
        return "called"


t = Thing()
print(callable(Thing), callable(t), callable(t.method), callable(print), callable(None))
print(hasattr(t, "size"), hasattr(t, "method"), hasattr(t, "missing"))
setattr(t, "size", 10)
print(t.size, Thing.size, getattr(t, "method")())
setattr(Thing, "shared", "class attr")
print(t.shared, getattr(Thing(), "shared"))
print(getattr([], "append") is not None, hasattr("s", "upper"), hasattr(5, "upper"))
