n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 2
print(n)
n //= 5
print(n)
n %= 3
print(n)
n **= 10
print(n)
f = 7
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
xs = [1]
alias = xs
xs += [2, 3]
print(xs, alias, xs is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
print(d)
items = [1, 2, 3]
items[1] *= 100
print(items)
