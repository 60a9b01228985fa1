# A generator's return value travels inside StopIteration.value;
# yield from hands it to the delegating generator as its result.
def download(chunks):
    received = 0
    for chunk in chunks:
        yield "got " + chunk
        received += 1
    return received


loader = download(["a", "b"])
print(next(loader))
print(next(loader))
try:
    next(loader)
except StopIteration as stop:
    print("finished, value =", stop.value)


def report():
    count = yield from download(["x"])
    print("download returned", count)


for message in report():
    print(message)
