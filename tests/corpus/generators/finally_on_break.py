def resource(name):
    print(f"  open {name}")
    try:
        for i in range(5):
            yield i
    finally:
        print(f"  close {name}")


for x in resource("loop"):
    print("got", x)
    if x == 1:
        break
print("after the loop")

total = sum(resource("sum"))
print("sum", total)

first = next(resource("temporary"))
print("first", first)
