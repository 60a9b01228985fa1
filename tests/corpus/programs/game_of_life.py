# Conway's life on a small torus; generations come from an infinite generator.
from itertools import islice


def step(cells, width, height):
    new = set()
    for y in range(height):
        for x in range(width):
            neighbours = sum(
                ((x + dx) % width, (y + dy) % height) in cells
                for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy
            )
            if neighbours == 3 or (neighbours == 2 and (x, y) in cells):
                new.add((x, y))
    return new


def generations(cells, width, height):
    while True:
        yield cells
        cells = step(cells, width, height)


def render(cells, width, height):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(width)) for y in range(height))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for number, cells in enumerate(islice(generations(glider, 6, 6), 0, 9, 4)):
    print(f"generation {number * 4}:")
    print(render(cells, 6, 6))
history = list(islice(generations(glider, 6, 6), 25))
print([len(c) for c in history])
print(history[24] == glider)
