class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __contains__(self, item):
        print("  __contains__", item)
        return item in self.items

    def __repr__(self):
        return f"Bag({', '.join(repr(i) for i in self.items)})"

    def __str__(self):
        return f"bag of {len(self)}"


bag = Bag("a", "b", 3)
print(len(bag), bag[0], bag[-1], bag[0:2])
print("b" in bag, "z" in bag)
print(bag)
print(repr(bag), str(bag), [bag])
print(f"{bag} / {bag!r}")
print(bool(bag), bool(Bag()))
