def worker(name):
    try:
        print(f"{name} started")
        yield 1
        yield 2
    finally:
        print(f"{name} cleaned up")


keep = worker("suspended at exit")
print(next(keep))
print("last line of the module")
