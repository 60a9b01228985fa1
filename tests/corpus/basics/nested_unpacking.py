records = [
    ("alice", (30, "paris"), [1, 2, 3]),
    ("bob", (25, "rome"), [4]),
]
for name, (age, city), (first, *others) in records:
    print(f"{name} {age} {city} first={first} others={others}")

matrix = [[1, 2, 3], [4, 5, 6]]
(a, b, c), (d, *ef) = matrix
print(a, b, c, d, ef)

x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)

s, *t = "hello"
print(s, t)
*u, v = (1,)
print(u, v)

[(key, value)] = {"only": 1}.items()
print(key, value)
