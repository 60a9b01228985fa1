def recorder():
    seen = []
    while True:
        item = yield len(seen)
        seen.append(item)
        if len(seen) == 6:
            return seen


r = recorder()
next(r)
for value in [1, "two", [3], (4,), {"five": 5}]:
    print(r.send(value))
try:
    r.send(None)
except StopIteration as e:
    print(e.value)
