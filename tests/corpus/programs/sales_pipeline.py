# A data pipeline: parse CSV-like rows lazily, clean them, enrich them and
# aggregate, each stage a generator so only one row is in flight at a time.

RAW = """\
region,product,units,unit_price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,,10.00
east,widget,7,2.50
south,widget,20,2.25
west,gizmo,1,99.99
east,gadget,5,9.50
north,widget,-4,2.50
west,widget,9,2.50
"""


def rows(text):
    lines = iter(text.splitlines())
    header = next(lines).split(",")
    for number, line in enumerate(lines, 2):
        yield number, dict(zip(header, line.split(",")))


def cleaned(numbered_rows, rejects):
    for number, row in numbered_rows:
        try:
            units = int(row["units"])
            if units <= 0:
                raise ValueError(f"non-positive units {units}")
            record = dict(row)
            record.update(units=units, unit_price=float(row["unit_price"]))
            yield record
        except ValueError as e:
            rejects.append((number, str(e)))


def with_revenue(records):
    for r in records:
        r["revenue"] = round(r["units"] * r["unit_price"], 2)
        yield r


rejects = []
records = list(with_revenue(cleaned(rows(RAW), rejects)))
print("rejected:", rejects)
by_region = {}
for r in records:
    by_region[r["region"]] = by_region.get(r["region"], 0) + r["revenue"]
for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region:<6}{revenue:>8.2f}")
print("total units:", sum(r["units"] for r in records))
print("widget revenue:", sum(map(lambda r: r["revenue"], filter(lambda r: r["product"] == "widget", records))))
best = max(records, key=lambda r: r["revenue"])
print("best line:", best["region"], best["product"], best["revenue"])
