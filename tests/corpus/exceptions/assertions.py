def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0
    return x * 2


for value in [3, "3", -1]:
    try:
        print(check(value))
    except AssertionError as e:
        print("AssertionError:", repr(str(e)), e.args)
