def fine():
    for i in range(3):
        yield i


print(list(fine()))
print("all of the above is fine, but nothing runs")
def broken(:
    pass
