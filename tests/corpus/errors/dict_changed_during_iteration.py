counts = {"a": 1, "b": 2}
for key in counts:
    print(key)
    counts[key + key] = 0
