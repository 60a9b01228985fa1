print(6 & 3, 6 | 3, 6 ^ 3, ~5, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(1 << 100, (1 << 100) >> 98, (2 ** 70 - 1) & 0xFF)
print(-(2 ** 65) & 0xFFFF, -5 & 7, -5 | 2, -5 ^ 3)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, [b for b in range(8) if flags & (1 << b)])
flags &= ~(1 << 3)
print(flags)
