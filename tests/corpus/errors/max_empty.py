print(max([1, 5, 2]))
print(max([], default="default works"))
print(max([]))
