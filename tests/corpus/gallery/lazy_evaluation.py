# Lazy evaluation: each value is produced only when the loop asks for it,
# so the two kinds of print interleave.
def numbers():
    for n in range(1, 4):
        print("producing", n)
        yield n


for n in numbers():
    print("consuming", n)
