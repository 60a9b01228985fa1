# Text statistics with a generator pipeline.

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""


def lines(text):
    for number, line in enumerate(text.split("\n"), 1):
        yield number, line


def words(numbered_lines):
    for number, line in numbered_lines:
        for raw in line.split():
            word = raw.strip(".,;").lower()
            if word:
                yield number, word


counts = {}
first_seen = {}
for number, word in words(lines(TEXT)):
    counts[word] = counts.get(word, 0) + 1
    first_seen.setdefault(word, number)

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:>8} {n:>2} (first on line {first_seen[word]})")
print("distinct words:", len(counts))
print("longest:", max(counts, key=lambda w: (len(w), w)))
print("singletons:", sorted(w for w, n in counts.items() if n == 1))
