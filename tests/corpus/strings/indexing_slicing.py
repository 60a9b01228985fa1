s = "generator"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[3:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[7:2:-1], s[-2:-6:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[9:]))
print(len(s), len(""), len("λx"))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
xs = list(range(10))
print(xs[2:8:3], xs[::-3], xs[-1:-4:-1], xs[8:100])
t = tuple(xs)
print(t[1:4], t[::4])
print(range(10)[2:7], range(0, 20, 2)[3], range(10)[::-1][0])
