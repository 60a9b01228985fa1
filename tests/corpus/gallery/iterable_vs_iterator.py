# A list is iterable: iter() gives a fresh iterator over it each time.
# An iterator remembers its position and is used up after one pass.
colours = ["red", "green", "blue"]
it = iter(colours)
print(next(it))
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print("exhausted: StopIteration")

# An iterator is its own iterator, so a second pass over it finds nothing.
print(iter(it) is it)
print(list(it))
# The list itself is not used up: a new iterator starts from the beginning.
print(list(iter(colours)))
