class Sized:
    def __len__(self):
        return 7


print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(""), len(Sized()))
print(len({}.keys()), len("λ🙂"))
for thing in [5, 3.5, None, iter([1]), (x for x in "ab")]:
    try:
        print(len(thing))
    except TypeError as e:
        print("TypeError:", e)
