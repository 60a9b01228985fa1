# Run-length encoding and decoding with generators.
from itertools import chain, repeat


def encode(text):
    it = iter(text)
    current = next(it, None)
    if current is None:
        return
    count = 1
    for ch in it:
        if ch == current:
            count += 1
        else:
            yield current, count
            current, count = ch, 1
    yield current, count


def decode(pairs):
    return "".join(chain.from_iterable(repeat(ch, n) for ch, n in pairs))


for text in ["aaabccddddde", "", "x", "abc", "zzzzzzzzzzzz"]:
    pairs = list(encode(text))
    packed = "".join(f"{n}{ch}" for ch, n in pairs)
    print(f"{text!r:>16} -> {packed!r:<14} -> {decode(pairs) == text}")
