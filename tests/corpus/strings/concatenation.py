parts = []
for word in ["yield", "from", "generators"]:
    parts.append(word.upper())
print(" ".join(parts))
text = ""
for i in range(5):
    text += str(i)
print(text)
print("a" "b" "c", "con" + "cat", "multi" + "-" * 3 + "part")
print(str(1) + str(2.5) + str(None) + str(True) + str([1]))
first, second = "first", "second"
print(first + " " + second)
lines = "alpha\nbeta\ngamma"
print(lines.split("\n"), len(lines.splitlines()))
