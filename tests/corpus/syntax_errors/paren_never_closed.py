print("never printed")
total = sum([1, 2, 3]
print(total)
x = 1
