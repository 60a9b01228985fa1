d = {"a": 1}
for key in ["missing", 42, (1, 2), "quote'd", ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e), "| args:", e.args)
try:
    {}.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(7)
except KeyError as e:
    print("remove:", e)
