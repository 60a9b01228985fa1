i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)

k = 0
while k < 3:
    k += 1
else:
    print("while finished normally, k =", k)

k = 0
while True:
    k += 1
    if k > 3:
        break
else:
    print("never printed")
print("broke out at", k)

while False:
    print("never")
else:
    print("else of a loop that never ran")
