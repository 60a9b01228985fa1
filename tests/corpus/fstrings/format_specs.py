for value in [1, 22, 333, 4444, 55555, 666666]:
    print(f"[{value:>5}]")
for value in [3.14159, 2.0, -0.005, 1234.5678, 0.125, 0.375]:
    print(f"{value:.2f} {value:.0f} {value:.3f}")
word = "gen"
print(f"[{word:>6}] [{word:<6}] [{word:^7}] [{word:>2}]")
print(f"[{3.5:>8.2f}] [{-1:>4}] [{True:>6}]")
total = 17
count = 3
print(f"average: {total / count:.2f}")
print(f"{10 ** 20:>25}")
