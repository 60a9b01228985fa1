def attempt(label, thunk):
    try:
        print(label, "=", thunk())
    except TypeError as e:
        print(label, "-> TypeError:", e)


def exec_unpack():
    a, b = 7
    return a, b


attempt("iter(5)", lambda: iter(5))
attempt("next([1])", lambda: next([1]))
attempt("next('abc')", lambda: next("abc"))
attempt("list(None)", lambda: list(None))
attempt("sum(3)", lambda: sum(3))
attempt("for over 3.5", lambda: [x for x in 3.5])
attempt("next(range(3))", lambda: next(range(3)))
attempt("zip(1, [2])", lambda: zip(1, [2]))
attempt("a, b = 7", lambda: exec_unpack())
attempt("sorted(4)", lambda: sorted(4))
attempt("max(9)", lambda: max(9))
attempt("next({1: 2})", lambda: next({1: 2}))