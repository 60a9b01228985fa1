def check(balance):
    assert balance >= 0, f"negative balance: {balance}"
    return balance


print(check(10))
check(-5)
