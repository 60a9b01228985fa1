# Insertion order is not kept by sets: the printed order follows string
# hashes, which are fixed because the runs use PYTHONHASHSEED=0.
words = "the cat sat on the mat with the hat".split()
unique = set(words)
print(unique)
print(len(unique), sorted(unique))
print({"alpha", "beta"} | {"gamma"})
for w in {"x", "y", "z", "w"}:
    print(w)
print(list(set("generator")))
