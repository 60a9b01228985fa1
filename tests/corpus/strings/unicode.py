s = "naïve café λ→∞"
print(s, len(s))
print(s.upper())
print([ord(c) for c in "λ→∞"])
print(chr(0x1F600) == "😀", len("😀"), "😀"[0] == "😀")
print(s[::-1])
print("ß".upper(), "İ".lower() == "i̇", len("İ".lower()))
print(repr("naïve"), "é" in s)
