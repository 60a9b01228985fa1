def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        return balance

    def current():
        return balance

    return deposit, withdraw, current


deposit, withdraw, current = make_account(10)
print(deposit(5), withdraw(3), current())
try:
    withdraw(100)
except ValueError as e:
    print("ValueError:", e)
print(current())
d2, w2, c2 = make_account(0)
d2(1)
print(c2(), current())
