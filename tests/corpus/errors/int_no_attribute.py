n = 5
print(n + 1)
n.append(6)
