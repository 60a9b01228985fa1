def worker():
    try:
        print("  started")
        yield 1
        yield 2
        print("  never reached")
    finally:
        print("  finally on close")


g = worker()
print(next(g))
print("close returns", g.close())
print("after close:", next(g, "StopIteration"))
g.close()
print("second close is a no-op")

fresh = worker()
fresh.close()
print("closing a created generator runs nothing:", list(fresh))

done = worker()
print(list(done))
done.close()
print("closing a finished generator does nothing")
