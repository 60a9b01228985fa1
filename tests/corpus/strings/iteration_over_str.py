for ch in "abc":
    print(ch, ord(ch))
print(list("hello"), tuple("hi"), sorted("banana"), set("aaa"))
print(list(reversed("stressed")), "".join(reversed("stressed")))
print(list(enumerate("xyz")), list(zip("abc", "123")))
print(max("hello"), min("hello"), "l" in "hello", "lo" in "hello")
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
vowels = sum(1 for ch in "generator expressions" if ch in "aeiou")
print("vowels:", vowels)
it = iter("ab")
print(next(it), next(it), next(it, "done"))
