# A vending machine as a generator-driven state machine: events are sent in,
# the current state and a message come back out.

PRICES = {"cola": 150, "chips": 100, "gum": 50}


def vending_machine():
    credit = 0
    message = "insert coins"
    while True:
        event = yield credit, message
        kind = event[0]
        if kind == "coin":
            if event[1] not in (10, 20, 50, 100):
                message = f"rejected coin {event[1]}"
                continue
            credit += event[1]
            message = f"credit {credit}"
        elif kind == "select":
            item = event[1]
            if item not in PRICES:
                message = f"unknown item {item}"
            elif credit < PRICES[item]:
                message = f"{item} costs {PRICES[item]}, need {PRICES[item] - credit} more"
            else:
                credit -= PRICES[item]
                message = f"dispensed {item}"
        elif kind == "refund":
            message = f"refunded {credit}"
            credit = 0
        elif kind == "off":
            return f"switched off holding {credit}"


machine = vending_machine()
print(next(machine))
events = [("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 50), ("select", "cola"),
          ("select", "tea"), ("coin", 50), ("select", "gum"), ("coin", 20), ("refund",), ("coin", 10)]
for event in events:
    credit, message = machine.send(event)
    print(f"{str(event):<20} credit={credit:<4} {message}")
try:
    machine.send(("off",))
except StopIteration as e:
    print(e.value)
