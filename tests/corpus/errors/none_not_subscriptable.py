def find(items, target):
    for item in items:
        if item[0] == target:
            return item


found = find([("a", 1), ("b", 2)], "b")
print(found[1])
missing = find([("a", 1)], "z")
print(missing[1])
