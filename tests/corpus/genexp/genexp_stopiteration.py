it = iter([1, 2])
try:
    print(list(next(it) for _ in range(5)))
except RuntimeError as e:
    print("RuntimeError:", e)

it = iter([1, 2])
print([next(it, None) for _ in range(4)])


def checked():
    it = iter("ab")
    return list(next(it) for _ in range(2))


print(checked())
