def g():
    yield 1


it = g()
print(list(it))
it.close()
print("close on a finished generator is a no-op")
print(next(it, "still exhausted"))
try:
    it.send(None)
except StopIteration as e:
    print("send after exhaustion -> StopIteration", e.args)
fresh = g()
fresh.close()
print("closed before starting:", list(fresh))
fresh.close()
print("closing twice is fine")
