from itertools import accumulate, count, dropwhile, islice, takewhile

squares = (n * n for n in count(1))
odd_squares = filter(lambda n: n % 2, squares)
running = accumulate(odd_squares)
big_enough = dropwhile(lambda total: total < 100, running)
bounded = takewhile(lambda total: total < 3000, big_enough)
print(list(bounded))
print(list(islice(map(lambda p: p[0] * p[1], zip(count(1), count(2))), 5)))
triangular = accumulate(count(1))
print([t for t in islice(triangular, 10)])
print(next(dropwhile(lambda t: t < 1000, accumulate(count(1)))))
