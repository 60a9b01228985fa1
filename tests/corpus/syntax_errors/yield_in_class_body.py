class Broken:
    yield 1
