from itertools import count, islice

print(list(islice(count(), 3)))
print(list(islice(count(), -1)))
