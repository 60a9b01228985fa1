x = 10
name = "gen"
items = [1, 2, 3]
print(f"{x=}")
print(f"{name=}")
print(f"{x * 2 + 1=}")
print(f"{items=} {len(items)=}")
print(f"{x = }")
print(f"{3.14159=:.2f}")
print(f"{name=!r}")
print(f"{None=}")
