def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


avg = averager()
next(avg)
for v in [10, 20, 30, 5]:
    print(f"sent {v:>2} -> average {avg.send(v)}")
try:
    avg.send(None)
except StopIteration as e:
    count, final = e.value
    print("count", count, "final", final)
