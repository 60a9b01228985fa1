counter = 1
print("counter is", counter)
print(countr)
