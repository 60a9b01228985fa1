a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d)
print(a is b, a is c, a == b, c == d)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
nested = [[1, 2], [3]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)


def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket


print(add_item(1), add_item(2), add_item(3, []))
