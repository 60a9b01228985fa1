print(int("42"), int("-17"), int("  8  "), int("+3"))
print(int(True), int(False), int(2.9), int(-2.9))
print(int("ff", 16), int("101", 2), int("777", 8), int("z", 36))
print(str(123), str(-0), repr(12), str(10 ** 25))
for text in ["12", "1.5", "abc", "", "3 4"]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    float("one")
except ValueError as e:
    print("ValueError:", e)
print(bool(0), bool(3), int(bool(5)))
print(chr(65), chr(955), ord("A"), ord("z"), ord("λ"))
