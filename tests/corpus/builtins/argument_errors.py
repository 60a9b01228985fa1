# Built-ins refuse bad argument lists with CPython's own messages.
import itertools
cases = [
    ('sorted([], foo=1)', lambda: sorted([], foo=1)),
    ('enumerate()', lambda: enumerate()),
    ('enumerate([], 1, 2)', lambda: enumerate([], 1, 2)),
    ('enumerate([], start=1, x=2)', lambda: enumerate([], start=1, x=2)),
    ('itertools.cycle()', lambda: itertools.cycle()),
    ('itertools.cycle([], x=1)', lambda: itertools.cycle([], x=1)),
    ('len(x=1)', lambda: len(x=1)),
    ('len()', lambda: len()),
    ('print(foo=1)', lambda: print(foo=1)),
    ('itertools.accumulate([1], initial=1, func=None, x=1)', lambda: itertools.accumulate([1], initial=1, func=None, x=1)),
    ('itertools.count(1, 2, 3)', lambda: itertools.count(1, 2, 3)),
    ('itertools.islice([1])', lambda: itertools.islice([1])),
    ("int('1', base=10, x=1)", lambda: int('1', base=10, x=1)),
    ('range(x=1)', lambda: range(x=1)),
    ('zip(x=1)', lambda: zip(x=1)),
    ('map()', lambda: map()),
    ('filter(None)', lambda: filter(None)),
    ('max()', lambda: max()),
    ('max([], default=1, x=1)', lambda: max([], default=1, x=1)),
    ('sum([], start=1, x=1)', lambda: sum([], start=1, x=1)),
    ('sum()', lambda: sum()),
    ('itertools.repeat()', lambda: itertools.repeat()),
    ('itertools.repeat(1, times=2, x=1)', lambda: itertools.repeat(1, times=2, x=1)),
    ('[].sort(1)', lambda: [].sort(1)),
    ('[].append()', lambda: [].append()),
    ("'a'.split(x=1)", lambda: 'a'.split(x=1)),
    ("'a'.join()", lambda: 'a'.join()),
    ('iter()', lambda: iter()),
    ('next()', lambda: next()),
    ('reversed([], x=1)', lambda: reversed([], x=1)),
    ('itertools.zip_longest([], fillvalue=1, x=2)', lambda: itertools.zip_longest([], fillvalue=1, x=2)),
    ('itertools.chain(x=1)', lambda: itertools.chain(x=1)),
    ('str(x=1)', lambda: str(x=1)),
    ('list(x=1)', lambda: list(x=1)),
    ('tuple([], [])', lambda: tuple([], [])),
    ('isinstance(1)', lambda: isinstance(1)),
    ('abs(x=1)', lambda: abs(x=1)),
    ('min(1, key=None, default=2)', lambda: min(1, key=None, default=2)),
]
for text, case in cases:
    try:
        case()
        print(text, "ok")
    except Exception as error:
        print(text, type(error).__name__, error)
