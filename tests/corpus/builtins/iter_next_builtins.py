it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"))
print(list(iter(iter(iter("abc")))))
s = "xyz"
iterators = [iter(s), iter(s)]
print(next(iterators[0]), next(iterators[0]), next(iterators[1]))
d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
print(next(iter(range(5, 10))), next(iter({42})))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
