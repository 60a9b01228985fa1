# Flattening arbitrarily nested data with recursive generators, keeping paths.

def flatten(value):
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from flatten(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from flatten(item)
    else:
        yield value


def paths(value, prefix=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, prefix + (key,))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from paths(item, prefix + (index,))
    else:
        yield prefix, value


document = {
    "name": "report",
    "tags": ["a", "b"],
    "sections": [
        {"title": "intro", "lines": 3},
        {"title": "body", "lines": 40, "notes": ["x", ("y", "z")]},
    ],
}
print(list(flatten(document)))
for path, leaf in paths(document):
    print("/".join(str(p) for p in path), "=", repr(leaf))
print(sum(v for v in flatten(document) if isinstance(v, int)))
deep = [1]
for _ in range(30):
    deep = [deep, len(deep)]
print(list(flatten(deep))[:5], len(list(flatten(deep))))
