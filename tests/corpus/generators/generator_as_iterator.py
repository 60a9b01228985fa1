def chars(s):
    for c in s:
        yield c


g = chars("hello")
print(iter(g) is g, next(g))
print(list(enumerate(g)))
print(sorted(chars("generator")), max(chars("xyz")), "".join(reversed(list(chars("abc")))))
print(dict(zip(chars("ab"), chars("xy"))), set(chars("aabb")) == {"a", "b"})
print(list(map(lambda c: c.upper(), chars("up"))), list(filter(None, chars("a b"))))
print("l" in chars("hello"), "z" in chars("hello"))
first, *rest = chars("xyz")
print(first, rest)
