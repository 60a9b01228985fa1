# Generator pipeline: a generator function feeding genexps, filter and map,
# reduced with sum. Exercises resuming many small frames per item.

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


N = 3000000
squares = (x * x for x in numbers(N))
odd = filter(lambda v: v % 2, squares)
scaled = map(lambda v: v // 3, odd)
total = sum(v % 1000 for v in scaled)
print("pipeline checksum", total)
