values = ["1", "2", "x", "4", "", "6"]
total = 0
errors = []
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        print("  processed", repr(v))
print(total, errors)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError(f"attempt {attempts} failed")
        print("succeeded on attempt", attempts)
        break
    except RuntimeError as e:
        print(e)
