name = "world"
n = 42
pi = 3.14159
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{pi}")
print(f"{name!r} {n!r} {[1, 'a']!r}")
print(f"{'nested quotes'}")
print(f"{{braces}} {{{n}}}")
print(f"{n * 2}{n // 5}{n % 5}")
print(f"list: {[x * x for x in range(4)]}")
print(f"dict: {dict(a=1)}, tuple: {(1, 2)}, none: {None}, bool: {True}")
print(f"")
print(f"{name.upper()} {len(name)} {name[1:3]}")
print(f"{'yes' if n > 40 else 'no'}")
