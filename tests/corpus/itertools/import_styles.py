import itertools
from itertools import count, islice
from itertools import chain as concat

print(list(islice(count(5), 3)))
print(list(concat([1], [2])))
print(list(itertools.islice(itertools.count(), 2)))
print(list(itertools.accumulate([1, 1, 1])))
print(type(itertools.count()).__name__, type(concat()).__name__)
