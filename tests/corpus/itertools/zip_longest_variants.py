from itertools import count, islice, zip_longest

print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("ab", [1, 2, 3, 4], fillvalue="-")))
print(list(zip_longest()))
print(list(zip_longest([1])))
print(list(zip_longest([], [], fillvalue=0)))
print(list(islice(zip_longest(count(), "xy"), 4)))
rows = [[1, 2, 3], [4], [5, 6]]
print([list(col) for col in zip_longest(*rows, fillvalue=0)])
