# Sets of strings iterate in hash order; the corpus runs with
# PYTHONHASHSEED=0, so this order is fixed.
words = "yield from send throw close next iter yield send".split()
distinct = {w for w in words}
print(distinct)
print([w.upper() for w in distinct])
print(list({w[0] for w in words}))
print(sorted(distinct) == sorted(set(words)), len(distinct))
