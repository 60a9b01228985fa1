# A small LRU cache class (dict insertion order as recency), used as a
# decorator, with hit/miss statistics.

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"


cache = LRU(3)
for key in "abcabdae":
    if cache.get(key) is None:
        cache.put(key, key.upper())
    print(key, cache)
print(len(cache), "a" in cache, "b" in cache)


def cached(store):
    def decorate(func):
        def wrapper(n):
            value = store.get(n)
            if value is None:
                value = func(n)
                store.put(n, value)
            return value

        return wrapper
    return decorate


ways_store = LRU(100)


@cached(ways_store)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(90), ways_store.hits, ways_store.misses)
