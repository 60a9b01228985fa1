# Parsing a log with a chain of generators: split lines, parse fields,
# filter by level, and summarize per component.

LOG = """\
09:00:01 INFO  net      connected to 10.0.0.1
09:00:02 DEBUG disk     cache warm
09:00:05 WARN  net      slow response 850ms
09:00:07 ERROR disk     write failed on /dev/sda
09:00:09 INFO  auth     user alice logged in
09:00:12 ERROR net      connection reset
malformed line here
09:00:15 WARN  auth     password retry for bob
09:00:20 INFO  net      reconnected
"""


def parse(lines):
    for number, line in enumerate(lines, 1):
        parts = line.split(None, 3)
        if len(parts) < 4:
            print(f"  skipping line {number}: {line!r}")
            continue
        time, level, component, message = parts
        yield {"time": time, "level": level, "component": component, "message": message}


def at_least(entries, level):
    order = ["DEBUG", "INFO", "WARN", "ERROR"]
    floor = order.index(level)
    for entry in entries:
        if order.index(entry["level"]) >= floor:
            yield entry


summary = {}
for entry in at_least(parse(LOG.splitlines()), "WARN"):
    print(f"{entry['time']} {entry['level']:<5} {entry['component']}: {entry['message']}")
    per = summary.setdefault(entry["component"], {})
    per[entry["level"]] = per.get(entry["level"], 0) + 1
print(summary)
