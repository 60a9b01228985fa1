library = {
    "fiction": [{"title": "Dune", "year": 1965}, {"title": "Emma", "year": 1815}],
    "science": [{"title": "Cosmos", "year": 1980}],
}
for section, books in library.items():
    for book in sorted(books, key=lambda b: b["year"]):
        print(section, book["title"], book["year"])
years = [b["year"] for books in library.values() for b in books]
print(years, min(years), max(years))
library["science"].append({"title": "Origin", "year": 1859})
print(len(library["science"]), library["science"][-1]["title"])
index = {}
for section, books in library.items():
    for book in books:
        index.setdefault(book["title"][0], []).append(book["title"])
print(index)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(row) for row in zip(*matrix)]
print(matrix, transposed)
