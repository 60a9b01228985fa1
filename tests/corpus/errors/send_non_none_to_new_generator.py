def averager():
    total = count = 0
    while True:
        value = yield
        total += value
        count += 1


avg = averager()
print("forgot to prime the generator")
avg.send(10)
