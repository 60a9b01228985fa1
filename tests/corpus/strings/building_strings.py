def render_table(rows):
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [str(cell) + " " * (width - len(str(cell))) for cell, width in zip(row, widths)]
        lines.append(" | ".join(cells).rstrip())
    return "\n".join(lines)


rows = [("name", "count", "ratio"), ("alpha", 3, 0.5), ("beta-long", 12, 0.125)]
print(render_table(rows))
acronym = "".join(word[0].upper() for word in "portable network graphics".split())
print(acronym)
print("|".join(map(str, range(5))))
print(",".join(sorted({"b", "a", "c"})))
