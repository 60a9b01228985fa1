words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
squares = {n: n * n for n in range(6)}
print(squares, squares[4])
inverted = {v: k for k, v in squares.items()}
print(inverted)
print({(x, y): x * y for x in range(2) for y in range(2)})
print({x % 3: x for x in range(10)})
