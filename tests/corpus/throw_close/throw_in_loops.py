def retrying(tasks):
    for task in tasks:
        attempts = 0
        while True:
            attempts += 1
            try:
                yield f"{task} attempt {attempts}"
                break
            except RuntimeError as e:
                print(f"  {task} failed: {e}")
                if attempts == 3:
                    yield f"{task} gave up"
                    break


g = retrying(["a", "b"])
print(next(g))
print(g.throw(RuntimeError("flaky")))
print(g.throw(RuntimeError("flakier")))
print(g.throw(RuntimeError("flakiest")))
print(next(g))
print(next(g, "all done"))
