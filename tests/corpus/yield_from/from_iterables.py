def everything():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": "v", "j": "w"}
    yield from iter([7])
    yield from (n * 10 for n in range(2))
    yield from []
    yield "end"


print(list(everything()))


def not_iterable():
    yield "before"
    yield from 5


g = not_iterable()
print(next(g))
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
