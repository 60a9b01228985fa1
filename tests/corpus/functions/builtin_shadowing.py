def sum(values):
    total = 0
    for v in values:
        total += v * 10
    return total


print(sum([1, 2, 3]))
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
list_ = list
list = "not the builtin"
print(list, list_(range(3)))
