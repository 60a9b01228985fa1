text = "it was the best of times it was the worst of times"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:4])
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
print(by_length)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = max(letters, key=letters.get)
print(top, letters[top])
