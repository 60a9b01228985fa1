value = 42
print(value)
del value
print(value)
