a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9, 8], (7,)), a.issubset(range(10)), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.discard(42)
print(s, len(s), 1 in s, 2 in s)
s.remove(1)
print(s)
try:
    s.remove(1)
except KeyError as e:
    print("KeyError:", e)
print(set([5, 5, 1, 2, 2]), set(range(5)), sorted({10, -1, 5}))
print({x % 4 for x in range(20)})
print(set(), {(1, 2), (1, 2)}, len({1, 1.0, True}))
s.update([8, 9])
print(s, sorted(s))
