d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d))
print(d["a"], d.get("z"), d.get("z", 0), "c" in d, 3 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(f"{key}={value}")
del d["b"]
d["b"] = "back"
print(d)
print(d.pop("a"), d.pop("missing", "default"), d)
print(d.setdefault("c", 99), d.setdefault("new", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("abc", range(3))), dict())
print({1: "int", 1.0: "float", True: "bool"})
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
