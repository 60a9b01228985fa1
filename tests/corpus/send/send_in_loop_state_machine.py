def turnstile():
    state = "locked"
    log = []
    while True:
        event = yield state
        if event == "stop":
            return log
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        log.append((event, state))


machine = turnstile()
print("initial:", next(machine))
for event in ["push", "coin", "coin", "push", "push"]:
    print(f"{event:>5} -> {machine.send(event)}")
try:
    machine.send("stop")
except StopIteration as e:
    print("log:", e.value)
