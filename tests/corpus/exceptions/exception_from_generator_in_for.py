def reader(lines):
    for number, line in enumerate(lines, 1):
        if not line:
            raise ValueError(f"empty line {number}")
        yield line.upper()


def consume(lines):
    out = []
    try:
        for item in reader(lines):
            out.append(item)
    except ValueError as e:
        print("stopped:", e, "after", out)
        return out
    print("all read:", out)
    return out


consume(["a", "b"])
consume(["a", "", "c"])
