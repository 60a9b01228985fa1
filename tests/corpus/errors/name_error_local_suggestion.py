def summarize(values):
    total = 0
    for v in values:
        total += v
    return totl


print("summing")
summarize([1, 2, 3])
