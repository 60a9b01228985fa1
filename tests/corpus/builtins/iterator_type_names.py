# The names of built-in iterator types are CPython details, but programs can
# observe them through type(x).__name__ (and error messages use them too).
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(3))).__name__)
print(type(iter("abc")).__name__, type(iter("λ")).__name__, type(iter({})).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__)
print(type(zip()).__name__, type(map(len, [])).__name__, type(enumerate([])).__name__)
print(type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed(range(2))).__name__)
print(type(x for x in []).__name__, type({}.keys()).__name__, type(len).__name__)
print(type(lambda: 0).__name__, type(range(1)).__name__, type(None).__name__)
