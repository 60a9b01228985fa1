# Greedy word wrapping and justification with generators.

TEXT = ("Generators let a function hand back values one at a time, pausing "
        "after each and resuming where it left off when the caller asks for more.")


def wrap(words, width):
    line = []
    length = 0
    for word in words:
        extra = len(word) if not line else len(word) + 1
        if line and length + extra > width:
            yield line
            line, length = [word], len(word)
        else:
            line.append(word)
            length += extra
    if line:
        yield line


def justify(lines, width):
    lines = list(lines)
    for index, line in enumerate(lines):
        if index == len(lines) - 1 or len(line) == 1:
            yield " ".join(line)
            continue
        gaps = len(line) - 1
        spaces = width - sum(len(w) for w in line)
        out = ""
        for i, word in enumerate(line[:-1]):
            out += word + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
        yield out + line[-1]


for width in (30, 45):
    print("-" * width)
    for text_line in justify(wrap(TEXT.split(), width), width):
        print(text_line)
