# Lazy itertools combinations: count, islice, takewhile, dropwhile,
# accumulate, chain and zip_longest stacked over large ranges.
from itertools import accumulate, chain, count, dropwhile, islice, takewhile, zip_longest

evens = (n for n in count() if n % 2 == 0)
window = islice(evens, 200000, 2200000)
running = accumulate(window, lambda a, b: (a + b) % 1000003)
bounded = takewhile(lambda v: v >= 0, running)
late = dropwhile(lambda v: v < 10, bounded)
checksum = sum(late) % 1000000007

joined = chain(range(700000), islice(count(7, 3), 700000))
pairs = zip_longest(joined, range(900000), fillvalue=1)
mixed = sum(a * b % 97 for a, b in pairs)
print("itertools checksum", checksum, mixed)
