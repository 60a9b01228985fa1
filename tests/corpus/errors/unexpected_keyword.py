def greet(name, punctuation="!"):
    return "hello " + name + punctuation


print(greet("ada"))
print(greet("ada", punctation="?"))
