from itertools import islice


def infinite_sequence():
    n = 0
    while True:
        yield n
        n += 1


# islice stops asking as soon as it has five items.
first_five = list(islice(infinite_sequence(), 5))
print(first_five)
