# Accounts with custom exceptions, a transaction log generator and
# validation via assert.

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount} (balance {account.balance})")
        self.shortfall = amount - account.balance


class Account:
    next_number = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        assert amount > 0, "deposits must be positive"
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        assert amount > 0, "withdrawals must be positive"
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def statement(self):
        running = 0
        for kind, amount in self.history:
            running += amount if kind == "deposit" else -amount
            yield f"{kind:>8} {amount:>6} -> {running:>6}"

    def __repr__(self):
        return f"Account(#{self.number} {self.owner}: {self.balance})"


def transfer(source, target, amount):
    source.withdraw(amount)
    target.deposit(amount)


alice = Account("alice")
bob = Account("bob")
alice.deposit(500)
transfer(alice, bob, 120)
for attempt in [(bob, alice, 500), (alice, bob, -5), (alice, bob, 80)]:
    try:
        transfer(*attempt)
        print("ok", attempt[2])
    except InsufficientFunds as e:
        print("refused:", e, "| short by", e.shortfall)
    except AssertionError as e:
        print("invalid:", e)
print(alice, bob)
for line in alice.statement():
    print(line)
