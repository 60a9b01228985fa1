# A small discrete-event simulation: customers arrive at a counter, processes
# are generators yielding how long they wait, the clock advances to the next
# event (kept in a list sorted by time).

def customer(name, arrival, service, log):
    yield arrival
    log.append((arrival, f"{name} arrives"))
    start = yield ("counter", service)
    log.append((start, f"{name} starts service"))
    yield service
    log.append((start + service, f"{name} leaves"))


def simulate(specs):
    log = []
    events = []
    counter_free_at = 0
    now = 0
    for order, (name, arrival, service) in enumerate(specs):
        proc = customer(name, arrival, service, log)
        events.append((next(proc), order, proc, None))
    while events:
        events.sort(key=lambda e: (e[0], e[1]))
        now, order, proc, value = events.pop(0)
        try:
            request = proc.send(value) if value is not None else next(proc)
        except StopIteration:
            continue
        if isinstance(request, tuple):
            _, duration = request
            start = max(now, counter_free_at)
            counter_free_at = start + duration
            events.append((start, order, proc, start))
        else:
            events.append((now + request, order, proc, None))
    return sorted(log), now


log, finished = simulate([("ann", 0, 5), ("bob", 2, 3), ("cy", 3, 1), ("dee", 12, 2)])
for time, message in log:
    print(f"t={time:>2} {message}")
print("simulation ended at", finished)
