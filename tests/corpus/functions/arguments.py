def describe(a, b=2, *args, c=3, **kwargs):
    return f"a={a} b={b} args={args} c={c} kwargs={kwargs}"


print(describe(1))
print(describe(1, 5))
print(describe(1, 5, 6, 7))
print(describe(1, c=9))
print(describe(a=10, b=20))
print(describe(1, 2, 3, c=4, d=5, e=6))
print(describe(*[1, 2, 3]))
print(describe(*(1,), **{"c": 0, "z": 1}))
print(describe(1, *range(2, 5), **dict(c="c", x="x")))


def keyword_only(*, flag=False, name):
    return (flag, name)


print(keyword_only(name="n"), keyword_only(flag=True, name="m"))


def only_star(*items):
    return len(items), items


print(only_star(), only_star(1), only_star(*"abc"))


def only_kwargs(**options):
    return sorted(options.items())


print(only_kwargs(), only_kwargs(b=1, a=2))
