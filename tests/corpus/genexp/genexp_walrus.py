values = [5, 12, 7, 20, 3]
print(any((big := v) > 10 for v in values), big)
print(all((last := v) < 15 for v in values), last)
running = 0
print(list((running := running + v) for v in values), running)
