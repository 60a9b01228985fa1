# itertools' types carry their module in reprs and messages, not in __name__.
import itertools

counter = itertools.count(1)
print(type(counter), type(counter).__name__, type(counter).__module__)
print(itertools.islice, itertools.chain, itertools.zip_longest, type(iter([])))
print(type(iter([])).__module__, type(itertools.repeat(1)).__qualname__)
attempts = [
    lambda: counter[0],
    lambda: len(counter),
    lambda: counter + 1,
    lambda: counter.missing,
    lambda: itertools.islice([], 1)(),
    lambda: next(itertools.takewhile(bool, [1]))[0],
    lambda: -itertools.cycle([]),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
exhausted = itertools.islice([1], 1)
print(list(exhausted), type(exhausted))
try:
    exhausted()
except TypeError as error:
    print(error)
