total = 0
for x in 5:
    total += x
