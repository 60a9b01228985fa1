csv = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77"
header, *rows = csv.split("\n")
fields = header.split(",")
records = [dict(zip(fields, row.split(","))) for row in rows]
print(records)
print(sum(int(r["score"]) for r in records))
best = max(records, key=lambda r: int(r["score"]))
print(best["name"])
back = "\n".join([header] + [",".join(r[f] for f in fields) for r in records])
print(back == csv)
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), " ".join(w[::-1] for w in words))
print(" ".join(sorted(set(words), key=words.index)))
