def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("raised while closing")


g = raises_in_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("close() propagated ValueError:", e)
print(next(g, "closed anyway"))


def converts():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("converted")


k = converts()
next(k)
try:
    k.close()
except KeyError as e:
    print("KeyError:", e)
