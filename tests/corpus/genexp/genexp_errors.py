g = (10 // x for x in [5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "the genexp is finished after raising"))

h = (undefined_name for _ in range(2))
print("no NameError until it runs")
try:
    next(h)
except NameError as e:
    print("NameError:", e)
