def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a(), b(-50))
