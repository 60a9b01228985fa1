def attempt(label, thunk):
    try:
        print(label, "=", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("f'{x}' with x undefined", lambda: f"{undefined_name}")
attempt("f'{\"abc\":.2f}'", lambda: f"{'abc':.2f}")
attempt("f'{None:>5}'", lambda: f"{None:>5}")
attempt("f'{[1]:>5}'", lambda: f"{[1]:>5}")
attempt("f'{1/0}'", lambda: f"{1 / 0}")
