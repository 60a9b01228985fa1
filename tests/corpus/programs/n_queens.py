# N-Queens solutions produced lazily by a recursive generator.

def solve(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from solve(n, placed + (col,))


def show(solution):
    return "\n".join("".join("Q" if c == col else "." for c in range(len(solution))) for col in solution)


first = next(solve(8))
print(first)
print(show(first))
for n in range(1, 9):
    print(n, sum(1 for _ in solve(n)))
