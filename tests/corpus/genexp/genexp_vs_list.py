def make(n):
    print(f"  make({n})")
    return n


as_list = [make(n) for n in range(3)]
print("list built")
as_gen = (make(n) for n in range(3))
print("generator built")
print(as_list)
print(list(as_gen))
print(list(as_gen))
