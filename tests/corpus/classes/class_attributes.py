class Counter:
    created = 0
    registry = []

    def __init__(self, label):
        Counter.created += 1
        self.label = label
        self.registry.append(label)


a = Counter("a")
b = Counter("b")
print(Counter.created, a.created, Counter.registry, b.registry is a.registry)
a.created = 100
print(a.created, b.created, Counter.created)


class WithMethods:
    def plain(self):
        return "plain"

    def uses_other(self):
        return self.plain() + "+other"


w = WithMethods()
print(w.uses_other())
w.plain = lambda: "instance override"
print(w.plain(), w.uses_other())
