class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def __len__(self):
        return self.w * self.h


r = Range2D(3, 2)
print(len(r), list(r))
print(list(r) == list(r))
it = iter(r)
print(next(it), next(it), type(it).__name__)
print(sum(x + y for x, y in r), (2, 1) in r, (3, 0) in r)
