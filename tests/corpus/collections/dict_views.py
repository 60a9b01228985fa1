d = {"one": 1, "two": 2}
keys = d.keys()
values = d.values()
items = d.items()
d["three"] = 3
print(list(keys), list(values), list(items))
print(len(keys), "two" in keys, 3 in values, ("one", 1) in items)
print(sorted(d, key=d.get, reverse=True))
print(max(d, key=lambda k: d[k]), min(d.values()))
try:
    for k in d:
        if k == "one":
            d["four"] = 4
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
inverse = {v: k for k, v in d.items()}
print(inverse)
