# Each stage pulls one value at a time from the stage before it.
numbers = [1, 2, 3, 4, 5, 6]
odd_squares = (x * x for x in numbers if x % 2)
print(sum(odd_squares))

lines = ["  alpha ", "", " beta", "gamma  "]
stripped = (line.strip() for line in lines)
non_empty = (line for line in stripped if line)
shouted = (line.upper() for line in non_empty)
print(list(shouted))
