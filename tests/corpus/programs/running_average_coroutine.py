# Coroutine-style statistics: a consumer primed once and fed with send().

def running_stats():
    count = 0
    total = 0.0
    low = high = None
    summary = None
    while True:
        value = yield summary
        if value is None:
            return {"count": count, "mean": total / count if count else None, "low": low, "high": high}
        count += 1
        total += value
        low = value if low is None or value < low else low
        high = value if high is None or value > high else high
        summary = (count, round(total / count, 3), low, high)


def feed(values):
    stats = running_stats()
    next(stats)
    for v in values:
        print(f"  {v:>6} -> {stats.send(v)}")
    try:
        stats.send(None)
    except StopIteration as done:
        return done.value


temperatures = [21.5, 23.0, 19.25, 25.5, 22.0, 18.75]
print(feed(temperatures))
print(feed([]))


def moving_average(window):
    values = []
    average = None
    while True:
        value = yield average
        values.append(value)
        if len(values) > window:
            values.pop(0)
        average = sum(values) / len(values)


ma = moving_average(3)
next(ma)
print([round(ma.send(v), 2) for v in [1, 2, 3, 4, 10, 20, 30]])
