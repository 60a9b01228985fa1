print(1 + 2.0, 3 * 1.5, 10 - True, True * 7, False + 0.5)
print(7 // 2.0, 7 % 2.5, 2 ** 3.0, 9 ** 0.5)
print(1 == 1.0 == True, 0 == 0.0 == False)
print(3 < 3.5 < 4, 10 ** 20 > 1e19, 2 ** 53 + 1 == float(2 ** 53 + 1))
values = [3, 2.5, True, -1, 0.25]
print(sum(values), max(values), min(values), sorted(values))
print(abs(-7) + abs(-2.5), round(7 / 2), round(-7 / 2))
