import itertools


def attempt(label, thunk):
    try:
        print(label, "=", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("chain(1)", lambda: list(itertools.chain(1)))
attempt("islice(5, 2)", lambda: itertools.islice(5, 2))
attempt("islice(range(5), 'a')", lambda: itertools.islice(range(5), "a"))
attempt("cycle(3)", lambda: itertools.cycle(3))
attempt("accumulate(['a', 1])", lambda: list(itertools.accumulate(["a", 1])))
attempt("takewhile(None, [1])", lambda: list(itertools.takewhile(None, [1])))
attempt("zip_longest(1)", lambda: itertools.zip_longest(1))
attempt("count('a')", lambda: itertools.count("a"))
