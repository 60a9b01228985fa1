values = [3, "10", 1]
print(values)
print(sorted(values))
