def first_items(source, n):
    it = iter(source)
    for _ in range(n):
        yield next(it)


print(list(first_items("abc", 2)))
print(list(first_items("abc", 5)))
