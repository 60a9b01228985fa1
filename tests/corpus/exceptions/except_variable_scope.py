e = "before"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

saved = None
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print("saved outside:", type(saved).__name__, saved)
