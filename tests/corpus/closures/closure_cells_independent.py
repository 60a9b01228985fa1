def pair():
    state = []

    def push(v):
        state.append(v)

    def peek():
        return state[-1] if state else None

    return push, peek


push_a, peek_a = pair()
push_b, peek_b = pair()
push_a(1)
push_a(2)
push_b("x")
print(peek_a(), peek_b())


def rebinding():
    x = 1
    f = lambda: x
    x = 2
    g = lambda: x
    return f(), g()


print(rebinding())
