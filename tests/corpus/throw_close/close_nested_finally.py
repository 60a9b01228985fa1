def nested():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
        yield "between"
    finally:
        print("  outer finally")


g = nested()
print(next(g))
g.close()
print("closed at the inner yield")

g = nested()
print(next(g), next(g))
g.close()
print("closed at the middle yield")


def loop_with_cleanup():
    for i in range(3):
        try:
            yield i
        finally:
            print(f"  cleanup {i}")


g = loop_with_cleanup()
print(next(g), next(g))
g.close()
print("closed")
