n = 4
identity = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
for row in identity:
    print(row)
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in pascal:
    print(row)
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print({k: {v for v in range(k)} for k in range(3)})
