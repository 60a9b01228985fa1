def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


print(factorial(30))
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(ackermann(2, 3))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
print(factorial(400) % 10 ** 9, factorial(200) // factorial(198))
