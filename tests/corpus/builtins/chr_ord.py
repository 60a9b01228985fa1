print([ord(c) for c in "AZaz09 "])
print("".join(chr(c) for c in range(65, 75)))
print(chr(8364), ord("€"), chr(0x41), ord("\n"))


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("attack at dawn", 3)
print(secret, caesar(secret, -3))
