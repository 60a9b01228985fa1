# throw() raises inside a paused generator; close() ends it. finally runs.
def worker():
    try:
        while True:
            try:
                task = yield
                print("working on", task)
            except ValueError as error:
                print("recovered from", error)
    finally:
        print("cleaning up")


w = worker()
next(w)
w.send("task 1")
w.throw(ValueError("a bad task"))
w.send("task 2")
w.close()
print("closed")
