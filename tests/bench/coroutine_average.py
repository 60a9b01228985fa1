# A send()-driven coroutine keeping a running average over a million and a half values.

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
last = None
acc = 0
for i in range(1500000):
    last = avg.send(i % 1000)
    acc = (acc + int(last * 1000)) % 1000000007
print("final average", last, "checksum", acc)
