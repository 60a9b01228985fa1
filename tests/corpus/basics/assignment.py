x = 1
y = x
x = 2
print(x, y)
a = b = c = [0]
a.append(1)
print(a, b, c)
a, b = 1, 2
a, b = b, a
print(a, b)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "st"
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
one, *empty = [1]
print(one, empty)
(m, (n, *o)), z = [(1, (2, 3, 4)), 5]
print(m, n, o, z)
