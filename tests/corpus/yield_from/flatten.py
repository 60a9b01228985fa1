def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


nested = [1, [2, [3, [4, [5, []]]]], (6, (7,)), "str stays whole", [[[[8]]]]]
print(list(flatten(nested)))
print(sum(flatten([[1, 2], [3, [4, [5]]]])))


def flatten_depth(items, depth=0):
    for item in items:
        if isinstance(item, list):
            yield from flatten_depth(item, depth + 1)
        else:
            yield depth, item


print(list(flatten_depth([1, [2, [3]], 4])))
