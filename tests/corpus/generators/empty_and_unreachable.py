def empty():
    return
    yield


def empty_if_false():
    if False:
        yield "never"


def only_return_value():
    return "value"
    yield


print(list(empty()), list(empty_if_false()), type(empty()).__name__)
g = only_return_value()
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
print(next(empty(), "default"))
for x in empty():
    print("never printed")
else:
    print("for-else after empty generator")
