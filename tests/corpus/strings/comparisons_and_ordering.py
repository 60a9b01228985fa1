words = ["pear", "Apple", "fig", "banana", "apple", "Fig"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("a" < "b", "a" < "B", "abc" == "abc", "abc" != "abd")
print("10" < "9", 10 < 9, "Z" < "a")
