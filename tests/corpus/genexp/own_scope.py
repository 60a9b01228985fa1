x = "outer x"
g = (x for x in range(3))
print(list(g), x)
total = sum(i * i for i in range(5))
try:
    print(i)
except NameError as e:
    print("NameError:", e)


class Config:
    scale = 3
    values = [1, 2, 3]
    first_ok = list(v * 2 for v in values)
    try:
        scaled = list(v * scale for v in values)
    except NameError as e:
        scaled = f"NameError: {e}"


print(Config.first_ok)
print(Config.scaled)
