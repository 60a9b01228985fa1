inventory = {"apples": 3, "pears": 12, "kiwis": 0}
for item, qty in inventory.items():
    status = "out" if qty == 0 else "ok"
    print(f"{item:>8}: {qty:>3} ({status})")
total = sum(inventory.values())
print(f"{'total':>8}: {total:>3}")
for i in range(1, 4):
    print(f"{i}^2={i ** 2}, {i}^3={i ** 3}, ratio={i ** 3 / i ** 2:.1f}")
