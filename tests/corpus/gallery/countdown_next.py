# The same generator, driven by hand with next().
def countdown(n):
    while n > 0:
        yield n
        n -= 1


counter = countdown(3)
print(next(counter))
print(next(counter))
print(next(counter))
try:
    next(counter)
except StopIteration:
    print("exhausted: StopIteration")
