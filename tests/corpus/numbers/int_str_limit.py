ok = 10 ** 4299
text = str(ok)
print(len(text), text[:5], text[-3:])
too_big = 10 ** 4300
try:
    str(too_big)
except ValueError as e:
    print("ValueError:", e)
# Arithmetic on such numbers is fine; only the decimal conversion is limited.
print(too_big % 1000007, (too_big * 3) // (10 ** 4299))
