class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def multiply(self, other):
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def power(self, n):
        result = Matrix([[1 if i == j else 0 for j in range(len(self))] for i in range(len(self))])
        base = self
        while n:
            if n % 2:
                result = result.multiply(base)
            base = base.multiply(base)
            n //= 2
        return result


m = Matrix([[1, 1], [1, 0]])
print(m, m[0, 1], len(m))
print(m.transpose())
print(m.multiply(m))
print(m.power(10))
print(m.power(200)[0, 1])
