def attempt(label, thunk):
    try:
        print(label, "=", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt('"a" + 1', lambda: "a" + 1)
attempt('1 + "a"', lambda: 1 + "a")
attempt('"a" * "b"', lambda: "a" * "b")
attempt('"abc"[5]', lambda: "abc"[5])
attempt('"abc".index("z")', lambda: "abc".index("z"))
attempt('"x".join([1, 2])', lambda: "x".join([1, 2]))
attempt('"a" < 1', lambda: "a" < 1)
attempt('int("4.5")', lambda: int("4.5"))
attempt('"abc".foo', lambda: "abc".foo)


def assign_into_str():
    s = "s"
    s[0] = "t"


attempt('s[0] = "t"', assign_into_str)
attempt('ord("ab")', lambda: ord("ab"))
attempt('chr(-1)', lambda: chr(-1))
