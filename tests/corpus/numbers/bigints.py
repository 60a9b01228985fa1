def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(100))
print(fib(300))
print(2 ** 200)
print(-(3 ** 150))
big = 10 ** 40 + 7
print(big * big)
print(big // 12345, big % 12345)
print(-big // 7, -big % 7)
print(divmod(big, -999))
fact = 1
for i in range(1, 51):
    fact *= i
print("50! =", fact)
print(fact // (2 ** 40), fact % 1000003)
print(2 ** 64 - 1, 2 ** 64, -(2 ** 63))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print((2 ** 100) ** 3 == 2 ** 300, 2 ** 100 > 2 ** 99)
print(pow(3, 200, 1000000007), abs(-(10 ** 30)))
print(int("123456789012345678901234567890") * 3)
print(len(str(2 ** 1000)), str(2 ** 1000)[:10])
print(1 << 100, (1 << 100) >> 99)
