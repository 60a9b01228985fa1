def delegate():
    yield "start"
    yield from 42


for item in delegate():
    print(item)
