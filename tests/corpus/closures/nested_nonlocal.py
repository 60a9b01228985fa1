def outer():
    x = 0

    def middle():
        nonlocal x
        x += 1

        def inner():
            nonlocal x
            x += 10
            return x

        return inner()

    first = middle()
    second = middle()
    return first, second, x


print(outer())


def accumulate():
    items = []

    def add(item):
        items.append(item)
        return len(items)

    def snapshot():
        return list(items)

    return add, snapshot


add, snapshot = accumulate()
add("a")
add("b")
view = snapshot()
add("c")
print(view, snapshot())
