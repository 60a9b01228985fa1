def repeat_each(items, times=2, *, sep=None):
    for item in items:
        for _ in range(times):
            yield item
        if sep is not None:
            yield sep


print(list(repeat_each("ab")))
print(list(repeat_each([1, 2], 3, sep="|")))
print(list(repeat_each(items=(9,), times=1)))


def kw_gen(**fields):
    for key, value in fields.items():
        yield f"{key}={value}"


print(list(kw_gen(a=1, b=2)))


def star_gen(*sources):
    for source in sources:
        yield from source


print(list(star_gen([1], "xy", range(2))))
