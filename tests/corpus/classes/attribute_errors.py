class Foo:
    def __init__(self):
        self.bar = 1
        self.value = 2


f = Foo()
for name in ["bar", "baz", "valeu", "xyz"]:
    try:
        print(name, getattr(f, name))
    except AttributeError as e:
        print(name, "-> AttributeError:", e)
try:
    f.missing_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.attribute
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real_part
except AttributeError as e:
    print("AttributeError:", e)
