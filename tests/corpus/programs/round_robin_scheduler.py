# Cooperative multitasking: each task is a generator that yields to give up
# the processor; the scheduler runs them round-robin until all finish.

def task(name, steps):
    total = 0
    for step in range(1, steps + 1):
        total += step
        print(f"  {name} step {step}")
        yield
    return f"{name} total={total}"


def sleeper(name, naps):
    for nap in range(naps):
        print(f"  {name} napping ({nap})")
        woken_at = yield "sleep"
        print(f"  {name} woken at tick {woken_at}")
    return f"{name} rested"


def scheduler(tasks):
    # Each queue entry remembers what the task asked for when it last
    # yielded: sleepers are resumed with send(tick), the rest with next().
    queue = [(task, None) for task in tasks]
    results = []
    ticks = 0
    while queue:
        current, request = queue.pop(0)
        ticks += 1
        try:
            if request == "sleep":
                request = current.send(ticks)
            else:
                request = next(current)
        except StopIteration as done:
            results.append(done.value)
            continue
        queue.append((current, request))
    return ticks, results


print(scheduler([task("A", 3), task("B", 1), sleeper("S", 2), task("C", 2)]))
