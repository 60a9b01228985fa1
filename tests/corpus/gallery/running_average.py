# send() is two-way: a value goes in, the next yielded value comes out.
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


averager = running_average()
next(averager)  # prime it: run to the first yield
print(averager.send(10))
print(averager.send(20))
print(averager.send(60))
