def items():
    try:
        for i in range(10):
            yield i
    finally:
        print("  source finalized")


g = (x * 2 for x in items())
print(next(g), next(g))
del g
print("after del")

for value in (x for x in items()):
    if value == 1:
        break
print("after break")
