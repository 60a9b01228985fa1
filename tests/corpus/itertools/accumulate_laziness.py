from itertools import accumulate, count, islice


def noisy():
    for n in count(1):
        print(f"  pulled {n}")
        yield n


acc = accumulate(noisy(), initial=0)
print("accumulate created")
print(next(acc))
print(next(acc))
print(list(islice(acc, 2)))
