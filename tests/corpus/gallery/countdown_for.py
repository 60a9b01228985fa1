# A generator function: calling it runs none of its body.
def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("liftoff!")


for number in countdown(3):
    print("got", number)
