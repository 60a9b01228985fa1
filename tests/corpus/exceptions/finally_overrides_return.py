# A `finally` body that runs because of `return` may loop, break, continue
# or return again; the value waiting to be returned must not leak onto the
# enclosing loops.


def break_drops_return():
    for outer in range(2):
        for inner in range(3):
            try:
                return "never"
            finally:
                break
        print("outer", outer)
    return "after loops"


def continue_drops_return():
    for outer in range(2):
        for inner in range(2):
            try:
                return "never"
            finally:
                print("finally", outer, inner)
                continue
    return "done"


def loop_in_finally():
    try:
        return "kept"
    finally:
        for item in ["a", "b"]:
            for other in iter([1, 2]):
                print(item, other)


def return_in_finally_wins():
    for attempt in range(3):
        try:
            return attempt
        finally:
            if attempt == 0:
                return "finally wins"


def nested_finally():
    for round_ in range(2):
        try:
            try:
                return "inner"
            finally:
                print("inner finally", round_)
        finally:
            if round_ == 0:
                continue
            print("outer finally", round_)
    return "unreachable?"


def generator_with_finally():
    for number in range(5):
        try:
            yield number
            if number == 1:
                return
        finally:
            for mark in "xy":
                print("cleanup", number, mark)
            if number == 1:
                break
    yield "after break"


print(break_drops_return())
print(continue_drops_return())
print(loop_in_finally())
print(return_in_finally_wins())
print(nested_finally())
print(list(generator_with_finally()))
