# Baseline: while/for loops, integer and float arithmetic, list indexing and
# function calls, with no generators involved.

def mix(a, b):
    return (a * 31 + b) % 1000003


acc = 0
i = 0
while i < 2000000:
    acc = mix(acc, i)
    i += 1

grid = [[(r * c) % 7 for c in range(500)] for r in range(500)]
diag = 0
for r in range(500):
    row = grid[r]
    for c in range(500):
        if row[c] > 3:
            diag += row[c] - r % 3

x = 0.0
for k in range(1, 1200000):
    x += 1.0 / (k * k)
print("loops checksum", acc, diag, round(x, 9))
