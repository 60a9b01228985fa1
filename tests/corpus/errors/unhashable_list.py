seen = {}
seen[(1, 2)] = "tuple keys are fine"
print(seen)
seen[[1, 2]] = "list keys are not"
