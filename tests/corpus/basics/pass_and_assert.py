def todo():
    pass


class Empty:
    pass


print(todo())
print(type(Empty()).__name__)

for _ in range(3):
    pass

assert 1 + 1 == 2
assert [1], "non-empty list is truthy"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError args:", e.args, repr(str(e)))
