def describe(seq):
    return f"<{len(seq)} items: {', '.join(str(s) for s in seq)}>"


print(describe([1, 2, 3]))
print(describe(()))
rows = [("a", 1.5), ("bb", 22.25), ("ccc", 333.125)]
for label, amount in rows:
    print(f"{label:>5}|{amount:.1f}")
print(f"{'right':>8}|")
data = {"k": [10, 20]}
print(f"{data['k'][1]} {data!r}")
print(f"{f'{1 + 1}'}")
g = (n * n for n in range(5))
print(f"{sum(g)}")
print(f"{(lambda y: y * 3)(4)}")
