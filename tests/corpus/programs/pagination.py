# Paging through a lazily produced result set, and chunking streams.
from itertools import islice


def records(total):
    for i in range(1, total + 1):
        yield {"id": i, "name": f"user{i}"}


def pages(iterable, size):
    it = iter(iterable)
    number = 0
    while True:
        page = list(islice(it, size))
        if not page:
            return number
        number += 1
        yield number, page


def paged_report(total, size):
    gen = pages(records(total), size)
    while True:
        try:
            number, page = next(gen)
        except StopIteration as e:
            print(f"  {e.value} pages in total")
            return
        ids = [r["id"] for r in page]
        print(f"  page {number}: {ids[0]}..{ids[-1]} ({len(ids)} items)")


paged_report(23, 5)
paged_report(10, 10)
paged_report(0, 3)


def batched_sum(numbers, size):
    for _, batch in pages(numbers, size):
        yield sum(batch)


print(list(batched_sum(range(1, 21), 6)))
