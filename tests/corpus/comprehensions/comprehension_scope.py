x = "module x"
squares = [x * x for x in range(4)]
print(squares, x)
y = 10
print([y + i for i in range(3)])


def closures_in_comprehension():
    return [lambda: i for i in range(3)]


print([f() for f in closures_in_comprehension()])


class Holder:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    factor = 10
    try:
        scaled = [b * factor for b in base]
    except NameError as e:
        scaled = str(e)


print(Holder.doubled, Holder.scaled)
result = [[j for j in range(i)] for i in range(3)]
print(result)
try:
    print(j)
except NameError as e:
    print("NameError:", e)
