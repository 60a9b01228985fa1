data = [4, 9, 16, 25, 36]
roots = [r for x in data if (r := int(x ** 0.5)) % 2 == 0]
print(roots, r)
acc = 0
prefix = [acc := acc + x for x in range(5)]
print(prefix, acc)
filtered = {k: v for k in "abc" if (v := ord(k)) % 2}
print(filtered, v)
