class Money:
    def __init__(self, cents):
        self.cents = cents

    def add(self, other):
        return Money(self.cents + other.cents)

    def __repr__(self):
        return f"${self.cents / 100:.2f}"

    def __len__(self):
        return self.cents // 100

    def __contains__(self, amount):
        return amount <= self.cents


wallet = Money(1250).add(Money(199))
print(wallet, len(wallet), 1000 in wallet, 2000 in wallet, 2000 not in wallet)
total = Money(0)
for c in [5, 10, 25]:
    total = total.add(Money(c))
print(total, [Money(1), Money(100)])
