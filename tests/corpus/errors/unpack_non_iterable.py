x, y = (1, 2)
print(x, y)
x, y = 3
