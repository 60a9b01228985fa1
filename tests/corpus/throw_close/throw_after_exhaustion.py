def gen():
    yield 1


g = gen()
print(list(g))
try:
    g.throw(ValueError("into a finished generator"))
except ValueError as e:
    print("ValueError:", e)

c = gen()
c.close()
try:
    c.throw(IndexError)
except IndexError as e:
    print("IndexError from a closed generator:", repr(e))
