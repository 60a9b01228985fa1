print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


print(list(reversed(Seq())), list(Seq()))
try:
    reversed(iter([1, 2]))
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d)), list(reversed(d.items())))
