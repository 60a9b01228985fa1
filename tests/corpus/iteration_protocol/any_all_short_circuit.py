def trace(values):
    for v in values:
        print("  checking", v)
        yield v


print(any(trace([0, 0, 3, 0])))
print(all(trace([1, 2, 0, 4])))
print(any([]), all([]), any(trace([])), all(x > 0 for x in []))
it = iter([0, 1, 2, 3])
print(any(it), list(it))
it = iter([1, 1, 0, 1])
print(all(it), list(it))
print(any(x > 2 for x in range(5)), all(isinstance(x, int) for x in [1, True]))
