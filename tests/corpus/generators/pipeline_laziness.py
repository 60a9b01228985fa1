def source(n):
    for i in range(n):
        print(f"source -> {i}")
        yield i


def double(items):
    for item in items:
        print(f"  double {item}")
        yield item * 2


def only_big(items, floor):
    for item in items:
        if item >= floor:
            print(f"    keep {item}")
            yield item


pipe = only_big(double(source(5)), 4)
print("pipeline built")
print("first:", next(pipe))
print("rest:", list(pipe))
