print("before the error")
print(undefined_thing)
print("never printed")
