# An inventory with classes, dict/set operations and report formatting.

class Item:
    def __init__(self, sku, name, price, qty, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item

    def remove(self, sku, qty):
        item = self.items[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {sku} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[sku]

    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.sku))

    def __len__(self):
        return len(self.items)

    def __contains__(self, sku):
        return sku in self.items

    def tagged(self, *tags):
        wanted = set(tags)
        return [i.sku for i in self if wanted <= i.tags]


inv = Inventory()
inv.add(Item("B-2", "bolt", 0.25, 400, ["metal", "small"]))
inv.add(Item("A-1", "anchor", 12.5, 3, ["metal", "heavy"]))
inv.add(Item("C-9", "cable", 3.75, 20, ["long"]))
inv.add(Item("B-2", "bolt", 0.25, 100))
for sku, qty in [("A-1", 1), ("C-9", 25), ("Z-0", 1), ("A-1", 2)]:
    try:
        inv.remove(sku, qty)
        print(f"removed {qty} x {sku}")
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("unknown sku", e)
print(list(inv), len(inv), "A-1" in inv)
for item in inv:
    print(f"{item.sku:<4} {item.name:<6} {item.qty:>4} x {item.price:>5.2f} = {item.value():>7.2f}")
print(f"total {sum(i.value() for i in inv):.2f}")
print(inv.tagged("metal"), inv.tagged("metal", "small"), inv.tagged("nothing"))
