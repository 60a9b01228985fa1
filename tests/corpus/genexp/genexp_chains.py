def noisy(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i


stage1 = (x * 3 for x in noisy(6))
stage2 = (x for x in stage1 if x % 2 == 0)
stage3 = (f"<{x}>" for x in stage2)
print("built the chain")
print(next(stage3))
print(next(stage3))
print(list(stage3))
