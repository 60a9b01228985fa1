items = [3, 1, 2]
print("sorted:", sorted(items))
pritn(items)
