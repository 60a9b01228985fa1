print(int("12") + 1)
print(int("x"))
