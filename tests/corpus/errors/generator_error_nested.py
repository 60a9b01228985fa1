def parse(lines):
    for line in lines:
        yield int(line)


def doubled(values):
    for v in values:
        yield v * 2


for value in doubled(parse(["1", "2", "three", "4"])):
    print(value)
