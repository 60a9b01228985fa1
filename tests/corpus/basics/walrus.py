data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)

items = iter(["a", "b", "", "c"])
while (item := next(items, None)) is not None:
    if not item:
        print("empty item")
        continue
    print("item", item)

squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, "last y:", y)

total = 0
sums = [total := total + x for x in [1, 2, 3, 4]]
print(sums, total)

print((z := 10) + z)
